import type { VogMatchWarningDto } from '../../../shared/api/vog';
import { raw, select, sql } from '../../db/sql';
import { currentDate } from '../clock';
import type { ServiceContext } from '../context';
import { screeningGaps } from '../matches/screening';
import { familyLastName, familyNameOf } from '../registrations/family-sql';
import { vogRules } from './rules';

/** Running matches whose steungezin has an adult without a valid VOG today, with who and why. */
export async function vogMatchWarnings(ctx: ServiceContext): Promise<VogMatchWarningDto[]> {
  const today = currentDate(ctx.clock);
  const matches = await select<{
    id: number;
    supportFamilyId: number;
    municipalityName: string;
    requestingName: string | null;
    supportName: string | null;
  }>(
    ctx.manager,
    sql`SELECT "m"."id", "m"."supportFamilyId", "mu"."name" AS "municipalityName",
        ${familyLastName(raw('"m"."requestingFamilyId"'))} AS "requestingName",
        ${familyLastName(raw('"m"."supportFamilyId"'))} AS "supportName"
      FROM "match" "m" JOIN "municipality" "mu" ON "mu"."id" = "m"."municipalityId"
      WHERE "m"."status" IN ('proefperiode', 'actief') ORDER BY "m"."id"`,
  );
  const rules = await vogRules(ctx.manager);
  const warnings: VogMatchWarningDto[] = [];
  for (const match of matches) {
    const reasons = await screeningGaps(ctx.manager, match.supportFamilyId, today, 'continue', rules);
    if (reasons.length > 0) {
      warnings.push({
        matchId: match.id,
        families: `${familyNameOf(match.requestingName)} – ${familyNameOf(match.supportName)}`,
        municipalityName: match.municipalityName,
        reasons,
      });
    }
  }
  return warnings;
}
