import type { ExportFileDto, ExportFormat } from '../../../shared/api/lists';
import {
  CHANNEL_LABELS,
  type QueueColumn,
  type QueueFilter,
  type QueueQuery,
  type QueueResult,
  type QueueRow,
} from '../../../shared/api/registrations';
import { addDays, daysBetween } from '../../../shared/domain/dates';
import { FAMILY_KIND_LABELS } from '../../../shared/domain/families';
import { REGISTRATION_STATUSES, STATUS_LABELS } from '../../../shared/domain/registrations/status';
import { AppSettingsEntity, SETTINGS_ID } from '../../db/entities/AppSettings';
import { engineOfManager, inList, join, raw, select, sql, type Sql } from '../../db/sql';
import { currentDate } from '../clock';
import type { ServiceContext } from '../context';
import {
  contains,
  dateContains,
  equals,
  filterConditions,
  listWindow,
  orderKeys,
  where,
  type ListColumn,
  type ListWindow,
  type OrderKey,
} from '../export/list-sql';
import { exportFile, type ExportColumn } from '../export/write';
import { familyColumns, familyLastName, familyNameOf, familySearchCondition } from './family-sql';

const FAMILY_ID = raw('"r"."familyId"');
/** What the queue's "Via" column shows: the referrer's organisation, or that the family came itself. */
const CHANNEL_TEXT = sql`CASE WHEN "r"."channel" = 'verwijzer' THEN COALESCE("r"."referrerOrganisation", 'Verwijzer')
  ELSE ${CHANNEL_LABELS.zelf} END`;

/** Statuses sort in the order of the work, not of their codes. */
const STATUS_ORDER = sql`(CASE "r"."status" ${join(
  REGISTRATION_STATUSES.map((status, index) => sql`WHEN ${status} THEN ${raw(String(index))}`),
  ' ',
)} END)`;

/** Each column of the queue in SQL; the page's column ids pick from this map only. */
function queueColumns(ctx: ServiceContext, today: string): Record<QueueColumn, ListColumn> {
  const waited =
    engineOfManager(ctx.manager) === 'postgres'
      ? sql`(CAST(COALESCE("r"."handedOverDate", ${today}) AS date) - CAST("r"."receivedDate" AS date))`
      : sql`CAST(julianday(COALESCE("r"."handedOverDate", ${today})) - julianday("r"."receivedDate") AS INTEGER)`;
  const { name: familyName, ...lives } = familyColumns(FAMILY_ID);
  return {
    receivedDate: { sort: sql`"r"."receivedDate"`, filter: dateContains(sql`"r"."receivedDate"`) },
    daysWaiting: { sort: waited, filter: (value) => sql`CAST(${waited} AS TEXT) = ${value.replace(/\D/g, '')}` },
    status: { sort: STATUS_ORDER, filter: equals(sql`"r"."status"`) },
    kind: { sort: sql`"r"."familyKind"`, filter: equals(sql`"r"."familyKind"`) },
    familyName,
    ...lives,
    channel: { sort: CHANNEL_TEXT, text: true, filter: contains(CHANNEL_TEXT) },
    coordinator: { sort: sql`"c"."name"`, text: true, filter: contains(sql`"c"."name"`) },
  };
}

const JOINS = sql`JOIN "family" "f" ON "f"."id" = "r"."familyId"
  LEFT JOIN "municipality" "m" ON "m"."id" = "r"."municipalityId"
  LEFT JOIN "coordinator" "c" ON "c"."id" = "r"."coordinatorId"`;

/**
 * The triage queue: one window of registrations in the order the user chose (oldest first unless
 * told otherwise), with the quick filters, the column filters and the search applied over every
 * registration. The window's ids are found first; the details are then read for that window alone.
 */
export async function registrationQueue(ctx: ServiceContext, query: QueueQuery): Promise<QueueResult> {
  const today = currentDate(ctx.clock);
  const { overdueDays } = await ctx.manager.findOneByOrFail(AppSettingsEntity, { id: SETTINGS_ID });
  const { ids, total } = await listWindow(ctx.manager, queueWindow(ctx, query, today, query.limit, query.offset));
  return { rows: await rowsOf(ctx, ids, today, overdueDays), total, overdueDays };
}

/** Every registration that matches, in order: what "Alle N selecteren" chooses for a bulk action. */
export async function registrationQueueIds(ctx: ServiceContext, query: QueueFilter): Promise<{ ids: number[] }> {
  const { ids } = await listWindow(ctx.manager, queueWindow(ctx, query, currentDate(ctx.clock), null, 0));
  return { ids };
}

/** Every registration that matches, in order, as a file. */
export async function exportQueue(
  ctx: ServiceContext,
  query: QueueFilter & { format: ExportFormat },
): Promise<ExportFileDto> {
  const today = currentDate(ctx.clock);
  const { overdueDays } = await ctx.manager.findOneByOrFail(AppSettingsEntity, { id: SETTINGS_ID });
  const { ids } = await listWindow(ctx.manager, queueWindow(ctx, query, today, null, 0));
  const rows: QueueRow[] = [];
  // The details in slices, so no statement carries tens of thousands of parameters.
  for (let start = 0; start < ids.length; start += 500) {
    rows.push(...(await rowsOf(ctx, ids.slice(start, start + 500), today, overdueDays)));
  }
  return exportFile(query.format, 'wachtrij', QUEUE_EXPORT, rows);
}

/**
 * The registrations the queue's filters, search and order choose. The joined tables only when a
 * column filter or a chosen order reads them: the quick filters and the search need the
 * registration alone, and a count over a join reads every joined row.
 */
function queueWindow(
  ctx: ServiceContext,
  query: QueueFilter,
  today: string,
  limit: number | null,
  offset: number,
): ListWindow {
  const columns = queueColumns(ctx, today);
  const joined = query.filters.length > 0 || query.sort !== null;
  return {
    from: joined ? sql`"registration" "r" ${JOINS}` : sql`"registration" "r"`,
    where: where([...quickFilters(query, today), ...searchAndColumnFilters(query, columns)]),
    id: ID,
    order: orderKeys(columns, query.sort, OLDEST_FIRST, ID),
    limit,
    offset,
    foundOnce: Boolean(query.search) || query.filters.length > 0,
  };
}

const ID = raw('"r"."id"');
const OLDEST_FIRST: OrderKey[] = [
  { expression: sql`"r"."receivedDate"`, direction: 'ASC' },
  { expression: ID, direction: 'ASC' },
];

const QUEUE_EXPORT: ExportColumn<QueueRow>[] = [
  { header: 'Aanmelding', kind: 'number', value: (r) => r.id },
  { header: 'Aangemeld', kind: 'date', value: (r) => r.receivedDate },
  { header: 'Dagen', kind: 'number', value: (r) => r.daysWaiting },
  { header: 'Status', kind: 'text', value: (r) => STATUS_LABELS[r.status] },
  { header: 'Soort', kind: 'text', value: (r) => FAMILY_KIND_LABELS[r.kind] },
  { header: 'Gezin', kind: 'text', value: (r) => r.familyName },
  { header: 'Postcode', kind: 'text', value: (r) => r.postcode },
  { header: 'Plaats', kind: 'text', value: (r) => r.place },
  { header: 'Gemeente', kind: 'text', value: (r) => r.municipalityName ?? 'Buiten werkgebied' },
  {
    header: 'Via',
    kind: 'text',
    value: (r) => (r.channel === 'verwijzer' ? (r.referrerOrganisation ?? 'Verwijzer') : CHANNEL_LABELS.zelf),
  },
  { header: 'Coördinator', kind: 'text', value: (r) => r.coordinatorName },
];

/** The conditions of the quick filters above the queue, on the registration's own columns. */
function quickFilters(query: QueueFilter, today: string): Sql[] {
  const conditions: Sql[] = [];
  if (query.statuses.length > 0) conditions.push(sql`"r"."status" ${inList(query.statuses)}`);
  if (query.kind) conditions.push(sql`"r"."familyKind" = ${query.kind}`);
  if (query.municipalityId) conditions.push(sql`"r"."municipalityId" = ${query.municipalityId}`);
  if (query.outsideWorkArea) conditions.push(sql`"r"."municipalityId" IS NULL`);
  if (query.channel) conditions.push(sql`"r"."channel" = ${query.channel}`);
  if (query.waitingLongerThanDays !== null) {
    conditions.push(sql`"r"."receivedDate" < ${addDays(today, -query.waitingLongerThanDays)}`);
  }
  return conditions;
}

function searchAndColumnFilters(query: QueueFilter, columns: Record<QueueColumn, ListColumn>): Sql[] {
  const conditions = filterConditions(columns, query.filters);
  // The chosen statuses are read from the queue's index, which holds each registration's family.
  if (query.search) conditions.push(familySearchCondition(FAMILY_ID, query.search, query.statuses.length > 0));
  return conditions;
}

/** One registration of a window as the query answers it, before the rules of the queue are applied. */
interface QueueDetails {
  id: number;
  familyId: number;
  receivedDate: string;
  status: QueueRow['status'];
  channel: QueueRow['channel'];
  referrerOrganisation: string | null;
  handedOverDate: string | null;
  /** 0/1 on SQLite, false/true on PostgreSQL. */
  duplicateSuspected: number | boolean;
  kind: QueueRow['kind'];
  postcode: string;
  place: string;
  municipalityName: string | null;
  coordinatorName: string | null;
  lastName: string | null;
}

/** The rows of these registrations, in the order of `ids`. */
async function rowsOf(ctx: ServiceContext, ids: number[], today: string, overdueDays: number): Promise<QueueRow[]> {
  if (ids.length === 0) return [];
  const rows = await select<QueueDetails>(
    ctx.manager,
    sql`SELECT "r"."id", "r"."familyId", "r"."receivedDate", "r"."status", "r"."channel",
      "r"."referrerOrganisation", "r"."handedOverDate", "r"."duplicateSuspected", "r"."familyKind" AS "kind",
      "f"."postcode", "f"."place", "m"."name" AS "municipalityName", "c"."name" AS "coordinatorName",
      ${familyLastName(FAMILY_ID)} AS "lastName"
    FROM "registration" "r" ${JOINS}
    WHERE "r"."id" ${inList(ids)}`,
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => toQueueRow(byId.get(id)!, today, overdueDays));
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
