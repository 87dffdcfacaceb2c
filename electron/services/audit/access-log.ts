import type { FileKind } from '../../../shared/api/access';
import type { AccessLogDto, AccessLogQuery } from '../../../shared/api/audit';
import { execute, join, select, selectOne, sql } from '../../db/sql';
import { timestamp } from '../clock';
import type { ServiceContext } from '../context';

/**
 * That `ctx.actor` opened a file, in the operation's own transaction: no reading goes unlogged. A
 * plain INSERT without RETURNING: the roles that write the log may not read it back.
 */
export async function recordReading(
  ctx: ServiceContext,
  operation: string,
  entityType: FileKind,
  entityId: number,
): Promise<void> {
  await execute(
    ctx.manager,
    sql`INSERT INTO "access_log" ("at", "actor", "operation", "entityType", "entityId")
    VALUES (${timestamp(ctx.clock)}, ${ctx.actor}, ${operation}, ${entityType}, ${entityId})`,
  );
}

/** The inzagelog, newest first, narrowed to one file or one colleague. */
export async function listAccessLog(
  ctx: ServiceContext,
  query: AccessLogQuery,
): Promise<{ rows: AccessLogDto[]; total: number }> {
  const conditions = [sql`1 = 1`];
  if (query.entityType) conditions.push(sql`"entityType" = ${query.entityType}`);
  if (query.entityId) conditions.push(sql`"entityId" = ${query.entityId}`);
  if (query.actor) conditions.push(sql`"actor" = ${query.actor}`);
  const where = join(conditions, ' AND ');
  const counted = await selectOne<{ total: number }>(
    ctx.manager,
    sql`SELECT COUNT(*) AS "total" FROM "access_log" WHERE ${where}`,
  );
  const rows = await select<AccessLogDto>(
    ctx.manager,
    sql`SELECT "id", "at", "actor", "operation", "entityType", "entityId" FROM "access_log"
    WHERE ${where} ORDER BY "id" DESC LIMIT ${query.limit}`,
  );
  return { rows, total: Number(counted?.total ?? 0) };
}

/** A file opened again by the same colleague within this time is the same look at it (a list refreshed). */
const SAME_LOOK_MS = 15 * 60 * 1000;

/**
 * What this session logged lately: a page that refetches an open file after every colleague's
 * change would otherwise log one look as dozens.
 */
export class RecentReadings {
  private readonly logged = new Map<string, number>();

  /** Whether this opening is a new look, remembering it if so. */
  isNew(actor: string, operation: string, kind: FileKind, id: number, at: Date): boolean {
    const key = `${actor}\n${operation}\n${kind}\n${id}`;
    const last = this.logged.get(key);
    if (last !== undefined && at.getTime() - last < SAME_LOOK_MS && at.getTime() >= last) return false;
    this.logged.set(key, at.getTime());
    return true;
  }
}
