import type { StatsRow } from '../../../shared/api/registrations';
import { daysBetween } from '../../../shared/domain/dates';
import { RegistrationEntity } from '../../db/entities/Registration';
import type { ServiceContext } from '../context';

/**
 * Registrations of a year per municipality, kind, channel and month: received, handed over,
 * referred, declined, and the median days from registration to hand-over.
 */
export async function registrationStats(ctx: ServiceContext, input: { year: number }): Promise<StatsRow[]> {
  const rows: {
    municipality: string | null;
    kind: StatsRow['kind'];
    channel: StatsRow['channel'];
    receivedDate: string;
    status: string;
    handedOverDate: string | null;
  }[] = await ctx.manager
    .createQueryBuilder(RegistrationEntity, 'r')
    .innerJoin('r.family', 'f')
    .leftJoin('r.municipality', 'm')
    .select([
      'm.name AS municipality',
      'f.kind AS kind',
      'r.channel AS channel',
      'r.receivedDate AS receivedDate',
      'r.status AS status',
      'r.handedOverDate AS handedOverDate',
    ])
    .where('r.receivedDate >= :from AND r.receivedDate <= :to', {
      from: `${input.year}-01-01`,
      to: `${input.year}-12-31`,
    })
    .getRawMany();
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
