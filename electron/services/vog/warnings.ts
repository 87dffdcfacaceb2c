import type { VogMatchWarningDto } from '../../../shared/api/vog';
import { isoDateInNetherlands } from '../../../shared/domain/dates';
import type { ServiceContext } from '../context';
import { screeningGaps } from '../matches/screening';
import { FAMILY_LAST_NAME, familyNameOf } from '../registrations/family-sql';

/** Running matches whose steungezin has an adult without a valid VOG today, with who and why. */
export async function vogMatchWarnings(ctx: ServiceContext): Promise<VogMatchWarningDto[]> {
  const today = isoDateInNetherlands(ctx.clock.now());
  const matches: { id: number; supportFamilyId: number; municipalityName: string; requestingName: string | null; supportName: string | null }[] =
    await ctx.manager.query(
      `SELECT m.id, m.supportFamilyId, mu.name AS municipalityName,
        (SELECT ${FAMILY_LAST_NAME} FROM family f WHERE f.id = m.requestingFamilyId) AS requestingName,
        (SELECT ${FAMILY_LAST_NAME} FROM family f WHERE f.id = m.supportFamilyId) AS supportName
      FROM "match" m JOIN municipality mu ON mu.id = m.municipalityId
      WHERE m.status IN ('proefperiode', 'actief') ORDER BY m.id`,
    );
  const warnings: VogMatchWarningDto[] = [];
  for (const match of matches) {
    const reasons = await screeningGaps(ctx.manager, match.supportFamilyId, today, 'continue');
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
