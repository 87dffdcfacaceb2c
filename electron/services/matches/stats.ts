import type { MatchStatsRowDto } from '../../../shared/api/matches';
import { daysBetween } from '../../../shared/domain/dates';
import type { ChildResult, ParentResult, ProfessionalHelp } from '../../../shared/domain/matches/results';
import type { EndReason } from '../../../shared/domain/matches/status';
import { raw, select, sql } from '../../db/sql';
import { currentDate } from '../clock';
import type { ServiceContext } from '../context';

interface MatchFacts {
  id: number;
  municipalityId: number;
  municipalityName: string;
  status: string;
  startDate: string | null;
  endDate: string | null;
  endReason: EndReason | null;
  childResults: string | null;
  parentResults: string | null;
  professionalHelp: ProfessionalHelp | null;
  receivedDate: string | null;
}

export interface PeriodFigures extends MatchStatsRowDto {
  childResults: Partial<Record<ChildResult, number>>;
  parentResults: Partial<Record<ParentResult, number>>;
  professionalHelp: Partial<Record<ProfessionalHelp, number>>;
}

/** Figures per municipality for a period: what the half-year reports and the Cijfers tab show. */
export async function periodFigures(
  ctx: ServiceContext,
  period: { from: string; to: string },
  municipalityId: number | null = null,
): Promise<PeriodFigures[]> {
  const facts = await select<MatchFacts>(
    ctx.manager,
    sql`SELECT "m"."id", "m"."municipalityId", "mu"."name" AS "municipalityName", "m"."status", "m"."startDate",
      "m"."endDate", "m"."endReason", "m"."childResults", "m"."parentResults", "m"."professionalHelp",
      (SELECT MIN("r"."receivedDate") FROM "registration" "r" WHERE "r"."familyId" = "m"."requestingFamilyId") AS "receivedDate"
    FROM "match" "m" JOIN "municipality" "mu" ON "mu"."id" = "m"."municipalityId"
    ${municipalityId === null ? raw('') : sql`WHERE "m"."municipalityId" = ${municipalityId}`}`,
  );
  const targets = await select<{ municipalityId: number; target: number | null }>(
    ctx.manager,
    sql`SELECT "municipalityId", "targetMatchesPerYear" AS "target" FROM "municipality_contract"
    WHERE "startDate" <= ${period.to} AND "endDate" >= ${period.from} ORDER BY "startDate"`,
  );
  const today = currentDate(ctx.clock);
  const at = period.to < today ? period.to : today;
  const rows = new Map<number, PeriodFigures & { waits: number[] }>();
  const rowOf = (fact: MatchFacts) => {
    const existing = rows.get(fact.municipalityId);
    if (existing) return existing;
    const created: PeriodFigures & { waits: number[] } = {
      municipalityId: fact.municipalityId,
      municipalityName: fact.municipalityName,
      target: targets.filter((t) => t.municipalityId === fact.municipalityId).at(-1)?.target ?? null,
      ...noFigures(),
      waits: [],
    };
    rows.set(fact.municipalityId, created);
    return created;
  };
  const within = (date: string | null) => date !== null && date >= period.from && date <= period.to;
  for (const fact of facts) {
    const row = rowOf(fact);
    if (within(fact.startDate)) {
      row.newMatches += 1;
      if (fact.receivedDate) row.waits.push(daysBetween(fact.receivedDate, fact.startDate!));
    }
    if (fact.startDate && fact.startDate <= at && (fact.endDate === null || fact.endDate > at)) row.active += 1;
    if (within(fact.endDate)) {
      if (fact.status === 'afgerond') row.endedRegular += 1;
      else if (fact.endReason) {
        row.endedEarly += 1;
        row.earlyReasons[fact.endReason] = (row.earlyReasons[fact.endReason] ?? 0) + 1;
      }
      count(row.childResults, fact.childResults);
      count(row.parentResults, fact.parentResults);
      count(row.professionalHelp, fact.professionalHelp);
    }
  }
  return [...rows.values()]
    .map(({ waits, ...row }) => ({ ...row, medianDaysToMatch: median(waits) }))
    .sort((a, b) => a.municipalityName.localeCompare(b.municipalityName, 'nl'));
}

export async function matchStats(ctx: ServiceContext, input: { year: number }): Promise<MatchStatsRowDto[]> {
  const figures = await periodFigures(ctx, { from: `${input.year}-01-01`, to: `${input.year}-12-31` });
  return figures.map(({ childResults, parentResults, professionalHelp, ...row }) => row);
}

function count(tally: Record<string, number>, values: string | null): void {
  for (const value of values ? values.split(',') : []) tally[value] = (tally[value] ?? 0) + 1;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2);
}

/** A municipality's figures before any match is counted: the report of a year without matches. */
export function noFigures(): Omit<PeriodFigures, 'municipalityId' | 'municipalityName' | 'target'> {
  return {
    newMatches: 0,
    active: 0,
    endedRegular: 0,
    endedEarly: 0,
    earlyReasons: {},
    medianDaysToMatch: null,
    childResults: {},
    parentResults: {},
    professionalHelp: {},
  };
}
