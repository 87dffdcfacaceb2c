import type { AgendaItemDto } from '../../../shared/api/matches';
import { evaluationLabel, evaluationSeries, guidanceEnd, trialEnd } from '../../../shared/domain/matches/schedule';
import { join, raw, select, sql } from '../../db/sql';
import { currentDate } from '../clock';
import type { ServiceContext } from '../context';
import { familyLastName, familyNameOf } from '../registrations/family-sql';
import { HELD_SEQUENCES, heldSequences } from './evaluations-sql';

interface RunningMatch {
  id: number;
  status: string;
  startDate: string;
  municipalityName: string;
  coordinatorName: string | null;
  requestingName: string | null;
  supportName: string | null;
  held: string | null;
}

/**
 * What is due in a period for running matches: evaluations not yet held (also earlier ones that
 * are overdue), trial periods ending, and guidance reaching its two years.
 */
export async function matchAgenda(
  ctx: ServiceContext,
  input: { from: string; to: string; municipalityId: number | null; coordinatorId: number | null },
): Promise<AgendaItemDto[]> {
  const today = currentDate(ctx.clock);
  const conditions = [sql`"m"."status" IN ('proefperiode', 'actief')`, sql`"m"."startDate" IS NOT NULL`];
  if (input.municipalityId !== null) conditions.push(sql`"m"."municipalityId" = ${input.municipalityId}`);
  if (input.coordinatorId !== null) conditions.push(sql`"m"."coordinatorId" = ${input.coordinatorId}`);
  const matches = await select<RunningMatch>(
    ctx.manager,
    sql`SELECT "m"."id", "m"."status", "m"."startDate", "mu"."name" AS "municipalityName", "c"."name" AS "coordinatorName",
      ${familyLastName(raw('"m"."requestingFamilyId"'))} AS "requestingName",
      ${familyLastName(raw('"m"."supportFamilyId"'))} AS "supportName",
      ${HELD_SEQUENCES} AS "held"
    FROM "match" "m" JOIN "municipality" "mu" ON "mu"."id" = "m"."municipalityId"
    LEFT JOIN "coordinator" "c" ON "c"."id" = "m"."coordinatorId"
    WHERE ${join(conditions, ' AND ')}`,
  );
  const items: AgendaItemDto[] = [];
  for (const match of matches) {
    const done = heldSequences(match.held);
    const base = {
      matchId: match.id,
      families: `${familyNameOf(match.requestingName)} – ${familyNameOf(match.supportName)}`,
      municipalityName: match.municipalityName,
      coordinatorName: match.coordinatorName,
    };
    const add = (kind: AgendaItemDto['kind'], label: string, dueDate: string, open: boolean) => {
      const overdue = open && dueDate < today;
      if ((dueDate >= input.from && dueDate <= input.to) || overdue)
        items.push({ ...base, kind, label, dueDate, overdue });
    };
    for (const evaluation of evaluationSeries(match.startDate)) {
      if (!done.has(evaluation.sequence))
        add('evaluatie', evaluationLabel(evaluation.sequence), evaluation.dueDate, true);
    }
    if (match.status === 'proefperiode')
      add('proefperiode_einde', 'Einde proefperiode', trialEnd(match.startDate), false);
    add('twee_jaar', 'Twee jaar begeleiding bereikt', guidanceEnd(match.startDate), true);
  }
  return items.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.matchId - b.matchId);
}
