import type { EntityManager } from 'typeorm';
import { engineOfManager, execute, raw, select, selectOne, sql, type Sql } from '../../db/sql';
import { DomainError } from '../errors';
import type { CopiedTable } from './tables';

/**
 * The rows PostgreSQL's migrations write themselves: the settings and Buurtgezinnen's details (id 1
 * each) and the first version of both document templates (1795500000000-Baseline.ts), and the
 * default retention periods, never changed yet (1795500000020). A target holding only these counts
 * as empty; the source's rows take their place.
 */
const BASELINE_ROWS: Record<string, Sql> = {
  app_settings: sql`"id" = 1`,
  organisation: sql`"id" = 1`,
  document_template: sql`"templateVersion" = 1`,
  retention_rule: sql`"version" = 1`,
};

export function identifier(name: string): Sql {
  return raw(`"${name.replaceAll('"', '""')}"`);
}

export async function countRows(manager: EntityManager, table: string, where: Sql = raw('')): Promise<number> {
  const row = await selectOne<{ n: number | string }>(
    manager,
    sql`SELECT COUNT(*) AS "n" FROM ${identifier(table)} ${where}`,
  );
  return Number(row?.n ?? 0);
}

/** Refuses a target that holds anything beyond its baseline's own rows: nothing is ever overwritten. */
export async function assertEmpty(manager: EntityManager, tables: CopiedTable[]): Promise<void> {
  const filled: string[] = [];
  for (const table of tables) {
    const seeded = BASELINE_ROWS[table.name];
    if ((await countRows(manager, table.name, seeded ? sql`WHERE NOT (${seeded})` : raw(''))) > 0)
      filled.push(table.name);
  }
  if (filled.length > 0)
    throw new DomainError(
      'CONFLICT',
      `De gedeelde database is niet leeg: er staan al gegevens in (${summary(filled)}). ` +
        'Overzetten kan alleen naar een nieuwe, lege database. Er is niets overgezet.',
    );
}

function summary(tables: string[]): string {
  return tables.length <= 4
    ? tables.join(', ')
    : `${tables.slice(0, 3).join(', ')} en ${tables.length - 3} andere tabellen`;
}

export async function removeBaselineRows(manager: EntityManager, tables: CopiedTable[]): Promise<void> {
  for (const table of tables) {
    const seeded = BASELINE_ROWS[table.name];
    if (seeded) await execute(manager, sql`DELETE FROM ${identifier(table.name)} WHERE ${seeded}`);
  }
}

/**
 * The search's names per family (SQLite's FTS5 table, PostgreSQL's plain one): written by triggers
 * on people in either engine, so the copy of the people fills it and nothing copies it. SQLite's
 * marker that defers them (1795400000028) is only ever filled inside an import's transaction.
 */
const DERIVED_TABLES = ['family_search', 'family_search_deferred'];

/**
 * Both databases must hold exactly the tables and columns the entities describe, apart from each
 * engine's own bookkeeping (the applied migrations) and the tables triggers derive: a table nobody
 * copies would be lost silently.
 */
export async function assertSameTables(
  databases: { label: string; manager: EntityManager }[],
  tables: CopiedTable[],
): Promise<void> {
  const differences: string[] = [];
  for (const { label, manager } of databases) {
    const { migrationsTableName, metadataTableName } = manager.connection.options;
    const ignored = new Set([
      migrationsTableName ?? 'migrations',
      metadataTableName ?? 'typeorm_metadata',
      ...DERIVED_TABLES,
    ]);
    const found = await tableColumns(manager);
    for (const table of tables) {
      const expected = table.columns.map((column) => column.name).sort();
      const actual = [...(found.get(table.name) ?? [])].sort();
      if (actual.join() !== expected.join()) differences.push(`${label}: tabel ${table.name}`);
      found.delete(table.name);
    }
    for (const table of found.keys()) if (!ignored.has(table)) differences.push(`${label}: onbekende tabel ${table}`);
  }
  if (differences.length > 0)
    throw new DomainError(
      'CONFLICT',
      `De opbouw van de databases wijkt af van wat deze versie van de app kent (${differences.join('; ')}). ` +
        'Gebruik voor beide dezelfde versie van de app. Er is niets overgezet.',
    );
}

async function tableColumns(manager: EntityManager): Promise<Map<string, string[]>> {
  const rows = await select<{ table: string; column: string }>(
    manager,
    engineOfManager(manager) === 'postgres'
      ? sql`SELECT c."table_name" AS "table", c."column_name" AS "column"
        FROM "information_schema"."columns" AS c
        JOIN "information_schema"."tables" AS t ON t."table_schema" = c."table_schema" AND t."table_name" = c."table_name"
        WHERE c."table_schema" = current_schema() AND t."table_type" = 'BASE TABLE'`
      : // Plain tables only: SQLite's FTS5 search index is a virtual table with shadow tables.
        sql`SELECT m."name" AS "table", p."name" AS "column"
        FROM pragma_table_list AS m JOIN pragma_table_info(m."name") AS p
        WHERE m."schema" = 'main' AND m."type" = 'table' AND substr(m."name", 1, 7) <> 'sqlite_'`,
  );
  const tables = new Map<string, string[]>();
  for (const { table, column } of rows) tables.set(table, [...(tables.get(table) ?? []), column]);
  return tables;
}
