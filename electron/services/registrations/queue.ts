import type { QueueQuery, QueueResult, QueueRow } from '../../../shared/api/registrations';
import { addDays, daysBetween } from '../../../shared/domain/dates';
import { AppSettingsEntity, SETTINGS_ID } from '../../db/entities/AppSettings';
import { inList, join, raw, select, selectOne, sql, type Sql } from '../../db/sql';
import { currentDate } from '../clock';
import type { ServiceContext } from '../context';
import { familyLastName, familyNameOf, familySearchCondition } from './family-sql';

/**
 * The triage queue: one page of registrations, oldest first, with the filters the user chose.
 * Filters and order use only the registration's own indexed columns (search goes through indexed
 * subqueries), so the page's ids are found without joining every row; the details are then read
 * for that page alone.
 */
export async function registrationQueue(ctx: ServiceContext, query: QueueQuery): Promise<QueueResult> {
  const today = currentDate(ctx.clock);
  const { overdueDays } = await ctx.manager.findOneByOrFail(AppSettingsEntity, { id: SETTINGS_ID });
  const where = filters(query, today);
  const counted = await selectOne<{ total: number }>(
    ctx.manager,
    sql`SELECT COUNT(*) AS "total" FROM "registration" "r" WHERE ${where}`,
  );
  const page = await select<{ id: number }>(
    ctx.manager,
    sql`SELECT "r"."id" FROM "registration" "r" WHERE ${where}
    ORDER BY "r"."receivedDate" ASC, "r"."id" ASC LIMIT ${query.limit}`,
  );
  const details = await pageDetails(
    ctx,
    page.map((row) => row.id),
  );
  return {
    rows: page.map((row) => toQueueRow(details.get(row.id)!, today, overdueDays)),
    total: counted?.total ?? 0,
    overdueDays,
  };
}

/** The conditions the user chose, on the registration's own columns only. */
function filters(query: QueueQuery, today: string): Sql {
  const conditions = [sql`1 = 1`];
  if (query.statuses.length > 0) conditions.push(sql`"r"."status" ${inList(query.statuses)}`);
  if (query.kind) conditions.push(sql`"r"."familyKind" = ${query.kind}`);
  if (query.municipalityId) conditions.push(sql`"r"."municipalityId" = ${query.municipalityId}`);
  if (query.outsideWorkArea) conditions.push(sql`"r"."municipalityId" IS NULL`);
  if (query.channel) conditions.push(sql`"r"."channel" = ${query.channel}`);
  if (query.waitingLongerThanDays !== null) {
    conditions.push(sql`"r"."receivedDate" < ${addDays(today, -query.waitingLongerThanDays)}`);
  }
  if (query.search) conditions.push(familySearchCondition(raw('"r"."familyId"'), query.search));
  return join(conditions, ' AND ');
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
  /** 0/1 on SQLite, false/true on PostgreSQL. */
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
  const rows = await select<QueueDetails>(
    ctx.manager,
    sql`SELECT "r"."id", "r"."familyId", "r"."receivedDate", "r"."status", "r"."channel",
      "r"."referrerOrganisation", "r"."handedOverDate", "r"."duplicateSuspected", "r"."familyKind" AS "kind",
      "f"."postcode", "f"."place", "m"."name" AS "municipalityName", "c"."name" AS "coordinatorName",
      ${familyLastName(raw('"r"."familyId"'))} AS "lastName"
    FROM "registration" "r"
    JOIN "family" "f" ON "f"."id" = "r"."familyId"
    LEFT JOIN "municipality" "m" ON "m"."id" = "r"."municipalityId"
    LEFT JOIN "coordinator" "c" ON "c"."id" = "r"."coordinatorId"
    WHERE "r"."id" ${inList(ids)}`,
  );
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
