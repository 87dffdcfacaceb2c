import { In, type SelectQueryBuilder } from 'typeorm';
import type { QueueQuery, QueueResult, QueueRow } from '../../../shared/api/registrations';
import { addDays, daysBetween } from '../../../shared/domain/dates';
import { AppSettingsEntity, SETTINGS_ID } from '../../db/entities/AppSettings';
import { RegistrationEntity, type Registration } from '../../db/entities/Registration';
import { currentDate } from '../clock';
import type { ServiceContext } from '../context';
import { FAMILY_LAST_NAME, familyNameOf, familySearchCondition } from './family-sql';

/**
 * The triage queue: one page of registrations, oldest first, with the filters the user chose.
 * Filters and order use only the registration's own indexed columns (search goes through indexed
 * subqueries), so the page's ids are found without joining every row; the details are then read
 * for that page alone.
 */
export async function registrationQueue(ctx: ServiceContext, query: QueueQuery): Promise<QueueResult> {
  const today = currentDate(ctx.clock);
  const { overdueDays } = await ctx.manager.findOneByOrFail(AppSettingsEntity, { id: SETTINGS_ID });
  const filtered = filters(ctx, query, today);
  const { total } = (await filtered.clone().select('COUNT(*)', 'total').getRawOne<{ total: number | string }>())!;
  const page = await filtered
    .clone()
    .select('r.id', 'id')
    .orderBy('r.receivedDate', 'ASC')
    .addOrderBy('r.id', 'ASC')
    .limit(query.limit)
    .getRawMany<{ id: number }>();
  const details = await pageDetails(
    ctx,
    page.map((row) => row.id),
  );
  return {
    rows: page.map((row) => toQueueRow(details.get(row.id)!, today, overdueDays)),
    total: Number(total),
    overdueDays,
  };
}

function filters(ctx: ServiceContext, query: QueueQuery, today: string): SelectQueryBuilder<Registration> {
  const qb = ctx.manager.createQueryBuilder(RegistrationEntity, 'r');
  if (query.statuses.length > 0) qb.andWhere('r.status IN (:...statuses)', { statuses: query.statuses });
  if (query.kind) qb.andWhere('r.familyKind = :kind', { kind: query.kind });
  if (query.municipalityId) qb.andWhere('r.municipalityId = :municipalityId', { municipalityId: query.municipalityId });
  if (query.outsideWorkArea) qb.andWhere('r.municipalityId IS NULL');
  if (query.channel) qb.andWhere('r.channel = :channel', { channel: query.channel });
  if (query.waitingLongerThanDays !== null) {
    qb.andWhere('r.receivedDate < :cutoff', { cutoff: addDays(today, -query.waitingLongerThanDays) });
  }
  if (query.search) {
    const { sql, params } = familySearchCondition('r.familyId', query.search);
    qb.andWhere(sql, params);
  }
  return qb;
}

/** One registration of a page as the query answers it, before the rules of the queue are applied. */
interface QueueDetails {
  id: number;
  familyId: number;
  receivedDate: string;
  status: QueueRow['status'];
  channel: QueueRow['channel'];
  referrerOrganisation: string | null;
  handedOverDate: string | null;
  duplicateSuspected: number | boolean;
  kind: QueueRow['kind'];
  postcode: string;
  place: string;
  municipalityName: string | null;
  coordinatorName: string | null;
  lastName: string | null;
}

async function pageDetails(ctx: ServiceContext, ids: number[]): Promise<Map<number, QueueDetails>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.manager
    .createQueryBuilder(RegistrationEntity, 'r')
    .innerJoin('r.family', 'f')
    .leftJoin('r.municipality', 'm')
    .leftJoin('r.coordinator', 'c')
    .select([
      'r.id AS id',
      'r.familyId AS familyId',
      'r.receivedDate AS receivedDate',
      'r.status AS status',
      'r.channel AS channel',
      'r.referrerOrganisation AS referrerOrganisation',
      'r.handedOverDate AS handedOverDate',
      'r.duplicateSuspected AS duplicateSuspected',
      'r.familyKind AS kind',
      'f.postcode AS postcode',
      'f.place AS place',
      'm.name AS municipalityName',
      'c.name AS coordinatorName',
      `${FAMILY_LAST_NAME} AS lastName`,
    ])
    .where({ id: In(ids) })
    .getRawMany<QueueDetails>();
  return new Map(rows.map((row) => [row.id, row]));
}

function toQueueRow(row: QueueDetails, today: string, overdueDays: number): QueueRow {
  const daysWaiting = daysBetween(row.receivedDate, row.handedOverDate ?? today);
  return {
    id: row.id,
    familyId: row.familyId,
    receivedDate: row.receivedDate,
    daysWaiting,
    overdue: ['nieuw', 'in_behandeling'].includes(row.status) && daysWaiting > overdueDays,
    status: row.status,
    kind: row.kind,
    familyName: familyNameOf(row.lastName),
    postcode: row.postcode,
    place: row.place,
    municipalityName: row.municipalityName ?? null,
    channel: row.channel,
    referrerOrganisation: row.referrerOrganisation,
    coordinatorName: row.coordinatorName ?? null,
    duplicateSuspected: Boolean(row.duplicateSuspected),
  };
}
