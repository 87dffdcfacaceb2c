import type { StatsRow } from '../../../shared/api/registrations';
import { daysBetween } from '../../../shared/domain/dates';
import { select, sql } from '../../db/sql';
import type { ServiceContext } from '../context';

/** One registration of the year, as the figures count it. */
interface Received {
  municipality: string | null;
  kind: StatsRow['kind'];
  channel: StatsRow['channel'];
  receivedDate: string;
  status: string;
  handedOverDate: string | null;
}

/**
 * Registrations of a year per municipality, kind, channel and month: received, handed over,
 * referred, declined, and the median days from registration to hand-over.
 */
export async function registrationStats(ctx: ServiceContext, input: { year: number }): Promise<StatsRow[]> {
  const rows = await select<Received>(
    ctx.manager,
    sql`SELECT "m"."name" AS "municipality", "f"."kind", "r"."channel", "r"."receivedDate", "r"."status",
      "r"."handedOverDate"
    FROM "registration" "r"
    JOIN "family" "f" ON "f"."id" = "r"."familyId"
    LEFT JOIN "municipality" "m" ON "m"."id" = "r"."municipalityId"
    WHERE "r"."receivedDate" >= ${`${input.year}-01-01`} AND "r"."receivedDate" <= ${`${input.year}-12-31`}`,
  );
  const groups = new Map<string, { row: StatsRow; waits: number[] }>();
  for (const row of rows) {
    const municipality = row.municipality ?? 'Buiten werkgebied';
    const month = row.receivedDate.slice(0, 7);
    const key = [municipality, row.kind, row.channel, month].join('|');
    const group = groups.get(key) ?? {
      row: {
        municipality,
        kind: row.kind,
        channel: row.channel,
        month,
        received: 0,
        handedOver: 0,
        referred: 0,
        declined: 0,
        medianDaysToHandOver: null,
      },
      waits: [],
    };
    group.row.received += 1;
    if (row.status === 'doorgezet') group.row.handedOver += 1;
    if (row.status === 'doorverwezen') group.row.referred += 1;
    if (row.status === 'afgewezen') group.row.declined += 1;
    if (row.handedOverDate) group.waits.push(daysBetween(row.receivedDate, row.handedOverDate));
    groups.set(key, group);
  }
  return [...groups.values()]
    .map(({ row, waits }) => ({ ...row, medianDaysToHandOver: median(waits) }))
    .sort(
      (a, b) =>
        a.municipality.localeCompare(b.municipality, 'nl') ||
        a.month.localeCompare(b.month) ||
        a.kind.localeCompare(b.kind),
    );
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
