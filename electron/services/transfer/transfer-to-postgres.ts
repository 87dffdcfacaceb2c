import type { DataSource, EntityManager } from 'typeorm';
import type { PostgresConnection } from '../../db/connection';
import { NewerDatabaseError, openDatabase } from '../../db/open';
import { execute, join, raw, select, sql, type Sql } from '../../db/sql';
import { DomainError } from '../errors';
import { assertEmpty, assertSameTables, countRows, identifier, removeBaselineRows } from './checks';
import { continueSequences, keysIssued } from './sequences';
import { parentsFirst, tablesInCopyOrder, valueForPostgres, type CopiedTable, type Row } from './tables';

export interface TableCount {
  table: string;
  rows: number;
}

export interface TransferProgress {
  table: string;
  copied: number;
  total: number;
}

const ROWS_PER_INSERT = 500;
/** PostgreSQL numbers a statement's parameters with 16 bits. */
const MAX_PARAMETERS = 65_535;

/**
 * Moves a foundation's data from the SQLite file of one computer to the team's PostgreSQL database:
 * every table the entities describe, with the same ids, in one transaction on the server. The target
 * is brought up by its own migrations and must be empty; afterwards its sequences continue after the
 * copied ids and every table's count must equal the source's, or nothing is kept. The source is read
 * in one transaction too, so it is one consistent moment; in the app, run this where no operation
 * shares the source's connection (the dispatcher's `exclusive`).
 */
export async function transferToPostgres(
  source: DataSource,
  target: PostgresConnection,
  onProgress?: (progress: TransferProgress) => void,
): Promise<TableCount[]> {
  if (await source.showMigrations())
    throw new DomainError(
      'CONFLICT',
      'Dit bestand is nog niet bijgewerkt naar deze versie van de app. Open het eerst in de app en probeer het dan opnieuw.',
    );
  return source.transaction((reader) => transferFrom(reader, target, onProgress));
}

/**
 * The copy itself, reading in the source transaction `reader`: the app runs it inside the
 * operation's own transaction, which on SQLite no other operation shares.
 */
export async function transferFrom(
  reader: EntityManager,
  target: PostgresConnection,
  onProgress?: (progress: TransferProgress) => void,
): Promise<TableCount[]> {
  const tables = tablesInCopyOrder(reader.connection);
  const destination = await openTarget(target);
  try {
    return await destination.transaction(async (writer) => {
      // Colleagues may read meanwhile, but nobody writes until the copy is complete or undone.
      await execute(writer, sql`LOCK TABLE ${join(tables.map((table) => identifier(table.name)))} IN EXCLUSIVE MODE`);
      await assertSameTables(
        [
          { label: 'het bestand', manager: reader },
          { label: 'de gedeelde database', manager: writer },
        ],
        tables,
      );
      await assertEmpty(writer, tables);
      await removeBaselineRows(writer, tables);
      const issued = await keysIssued(reader);
      const counts: TableCount[] = [];
      for (const table of tables) counts.push(await copyTable(reader, writer, table, onProgress));
      await continueSequences(writer, tables, issued);
      await assertSameCounts(writer, counts);
      return counts;
    });
  } finally {
    await destination.destroy();
  }
}

async function openTarget(target: PostgresConnection): Promise<DataSource> {
  try {
    // The server keeps its own backups: PostgreSQL's engine writes no file before its migrations.
    return await openDatabase(target, { backupFolder: '' });
  } catch (error) {
    if (error instanceof NewerDatabaseError)
      throw new DomainError(
        'CONFLICT',
        'De gedeelde database is bijgewerkt door een nieuwere versie van de app. Werk eerst deze app bij.',
      );
    throw error;
  }
}

async function copyTable(
  reader: EntityManager,
  writer: EntityManager,
  table: CopiedTable,
  onProgress?: (progress: TransferProgress) => void,
): Promise<TableCount> {
  const total = await countRows(reader, table.name);
  const perInsert = Math.min(ROWS_PER_INSERT, Math.floor(MAX_PARAMETERS / table.columns.length));
  let copied = 0;
  onProgress?.({ table: table.name, copied, total });
  try {
    // Rows that point into their own table go after the rows they point to, so all are read at once.
    const pages =
      table.selfReferences.length > 0
        ? [parentsFirst(table, await readRows(reader, table))]
        : readPages(reader, table, perInsert);
    for await (const rows of pages) {
      for (let start = 0; start < rows.length; start += perInsert) {
        const batch = rows.slice(start, start + perInsert);
        await insertRows(writer, table, batch);
        copied += batch.length;
        onProgress?.({ table: table.name, copied, total });
      }
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new DomainError(
      'INTERNAL',
      `Het overzetten liep vast bij tabel ${table.name}; er is niets overgezet. ` +
        `(${error instanceof Error ? error.message : String(error)})`,
    );
  }
  return { table: table.name, rows: total };
}

async function* readPages(reader: EntityManager, table: CopiedTable, size: number): AsyncGenerator<Row[]> {
  for (let offset = 0; ; offset += size) {
    const rows = await readRows(reader, table, sql`LIMIT ${size} OFFSET ${offset}`);
    if (rows.length > 0) yield rows;
    if (rows.length < size) return;
  }
}

function readRows(reader: EntityManager, table: CopiedTable, page: Sql = raw('')): Promise<Row[]> {
  const columns = join(table.columns.map((column) => identifier(column.name)));
  const key = join((table.primaryKey.length > 0 ? table.primaryKey : table.columns.map((c) => c.name)).map(identifier));
  return select<Row>(reader, sql`SELECT ${columns} FROM ${identifier(table.name)} ORDER BY ${key} ${page}`);
}

async function insertRows(writer: EntityManager, table: CopiedTable, rows: Row[]): Promise<void> {
  const columns = join(table.columns.map((column) => identifier(column.name)));
  const values = rows.map(
    (row) => sql`(${join(table.columns.map((column) => valueForPostgres(column, row[column.name])))})`,
  );
  await execute(writer, sql`INSERT INTO ${identifier(table.name)} (${columns}) VALUES ${join(values)}`);
}

async function assertSameCounts(writer: EntityManager, counts: TableCount[]): Promise<void> {
  const differences: string[] = [];
  for (const { table, rows } of counts) {
    const copied = await countRows(writer, table);
    if (copied !== rows) differences.push(`${table}: ${copied} in plaats van ${rows}`);
  }
  if (differences.length > 0)
    throw new DomainError(
      'CONFLICT',
      `Het aantal overgezette rijen klopt niet (${differences.join('; ')}). Het overzetten is teruggedraaid; ` +
        'er is niets overgezet.',
    );
}
