import type { EntityManager } from 'typeorm';
import { engineOfManager, select, selectOne, sql } from '../../db/sql';
import { identifier } from './checks';
import type { CopiedTable } from './tables';

/**
 * The highest key each table has ever handed out on the source. SQLite's AUTOINCREMENT never gives
 * a number twice, not even that of a deleted row (a removed concept invoice keeps its audit trail);
 * PostgreSQL's sequences must go on from there, not from the highest id still present.
 */
export async function keysIssued(reader: EntityManager): Promise<Map<string, number>> {
  if (engineOfManager(reader) !== 'sqlite') return new Map();
  const kept = await selectOne<{ n: number }>(
    reader,
    sql`SELECT COUNT(*) AS "n" FROM "sqlite_master" WHERE "type" = 'table' AND "name" = 'sqlite_sequence'`,
  );
  if (!kept?.n) return new Map();
  const rows = await select<{ name: string; seq: number }>(reader, sql`SELECT "name", "seq" FROM "sqlite_sequence"`);
  return new Map(rows.map((row) => [row.name, Number(row.seq)]));
}

/** New records continue the numbering after the copied ids, on every key drawn from a sequence. */
export async function continueSequences(
  writer: EntityManager,
  tables: CopiedTable[],
  issued: Map<string, number>,
): Promise<void> {
  for (const table of tables) {
    if (!table.generatedKey) continue;
    const key = identifier(table.generatedKey);
    const last = sql`GREATEST(COALESCE(MAX(${key}), 0), ${issued.get(table.name) ?? 0})`;
    // An empty table starts at 1: setval(…, 1, false) hands out 1 next.
    await select(
      writer,
      sql`SELECT setval(pg_get_serial_sequence(${`"${table.name}"`}, ${table.generatedKey}), GREATEST(${last}, 1), ${last} > 0)
        FROM ${identifier(table.name)}`,
    );
  }
}
