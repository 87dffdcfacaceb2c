import type { DataSource, EntityMetadata } from 'typeorm';

/** How a stored value crosses from one engine to the other. */
export type Row = Record<string, unknown>;

export type ColumnKind = 'boolean' | 'binary' | 'plain';

export interface CopiedColumn {
  name: string;
  kind: ColumnKind;
}

/** A foreign key of a table onto itself (a credit invoice names the invoice it cancels). */
export interface SelfReference {
  columns: string[];
  referencedColumns: string[];
}

export interface CopiedTable {
  name: string;
  columns: CopiedColumn[];
  primaryKey: string[];
  /** The key drawn from a sequence (SERIAL), which must continue after the copied ids. */
  generatedKey: string | null;
  selfReferences: SelfReference[];
}

const BOOLEAN_TYPES = new Set(['boolean', 'bool']);
const BINARY_TYPES = new Set(['blob', 'bytea', 'binary', 'varbinary', 'longblob', 'mediumblob', 'tinyblob', 'buffer']);

/**
 * Every table the entities describe, many-to-many join tables included, in an order in which each
 * table comes after the tables its foreign keys point to. Tables nothing describes (TypeORM's
 * `migrations`) are not part of it: every engine keeps its own.
 */
export function tablesInCopyOrder(dataSource: DataSource): CopiedTable[] {
  const metadatas = uniqueTables(dataSource.entityMetadatas.filter((metadata) => metadata.tableType !== 'view'));
  const ordered: EntityMetadata[] = [];
  const placed = new Set<string>();
  let pending = metadatas;
  while (pending.length > 0) {
    // Among the tables whose referenced tables are all placed, the first in the entity list goes next.
    const next = pending.find((metadata) => referencedTables(metadata).every((table) => placed.has(table)));
    if (!next) throw new Error(`Foreign keys form a cycle between ${pending.map((m) => m.tableName).join(', ')}`);
    ordered.push(next);
    placed.add(next.tableName);
    pending = pending.filter((metadata) => metadata !== next);
  }
  return ordered.map(describeTable);
}

/** The kind of value a column holds, from its type in the entity. */
export function columnKind(column: Pick<EntityMetadata['columns'][number], 'type'>): ColumnKind {
  const type = (typeof column.type === 'function' ? column.type.name : String(column.type)).toLowerCase();
  if (BOOLEAN_TYPES.has(type)) return 'boolean';
  if (BINARY_TYPES.has(type)) return 'binary';
  return 'plain';
}

function uniqueTables(metadatas: EntityMetadata[]): EntityMetadata[] {
  const seen = new Set<string>();
  return metadatas.filter((metadata) => !seen.has(metadata.tableName) && seen.add(metadata.tableName));
}

function referencedTables(metadata: EntityMetadata): string[] {
  return metadata.foreignKeys
    .map((foreignKey) => foreignKey.referencedEntityMetadata.tableName)
    .filter((table) => table !== metadata.tableName);
}

function describeTable(metadata: EntityMetadata): CopiedTable {
  const generated = metadata.primaryColumns.find((column) => column.generationStrategy === 'increment');
  return {
    name: metadata.tableName,
    columns: metadata.columns.map((column) => ({ name: column.databaseName, kind: columnKind(column) })),
    primaryKey: metadata.primaryColumns.map((column) => column.databaseName),
    generatedKey: generated?.databaseName ?? null,
    selfReferences: metadata.foreignKeys
      .filter((foreignKey) => foreignKey.referencedEntityMetadata.tableName === metadata.tableName)
      .map((foreignKey) => ({ columns: foreignKey.columnNames, referencedColumns: foreignKey.referencedColumnNames })),
  };
}

/**
 * A stored value as PostgreSQL takes it: SQLite keeps a boolean as 0 or 1, and a blob may come back
 * as text or bytes; everything else (text, integers, reals, null) passes unchanged.
 */
export function valueForPostgres(column: CopiedColumn, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (column.kind === 'boolean') {
    if (value === 1 || value === true) return true;
    if (value === 0 || value === false) return false;
    throw new Error(`Column ${column.name} holds a value that is not a boolean`);
  }
  if (column.kind === 'binary') {
    if (Buffer.isBuffer(value)) return value;
    if (typeof value === 'string' || value instanceof Uint8Array) return Buffer.from(value);
    throw new Error(`Column ${column.name} holds a value that is not binary`);
  }
  return value;
}

/**
 * Orders a table's rows so that a row another row of the same table points to comes first (a
 * credit invoice after the invoice it cancels), whatever their ids.
 */
export function parentsFirst(table: CopiedTable, rows: Row[]): Row[] {
  const keyOf = (row: Row, columns: string[]) => JSON.stringify(columns.map((column) => row[column]));
  const placed = new Set<string>();
  const refersToPlacedRows = (row: Row) =>
    table.selfReferences.every(
      (ref, index) =>
        ref.columns.some((column) => row[column] === null) || placed.has(`${index}:${keyOf(row, ref.columns)}`),
    );
  const ordered: Row[] = [];
  let pending = rows;
  while (pending.length > 0) {
    const waiting: Row[] = [];
    for (const row of pending) {
      if (!refersToPlacedRows(row)) {
        waiting.push(row);
        continue;
      }
      ordered.push(row);
      table.selfReferences.forEach((ref, index) => placed.add(`${index}:${keyOf(row, ref.referencedColumns)}`));
    }
    if (waiting.length === pending.length) throw new Error(`Rows of ${table.name} refer to each other in a circle`);
    pending = waiting;
  }
  return ordered;
}
