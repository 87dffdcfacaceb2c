import type { DataSource } from 'typeorm';
import type { ColumnDescription, IndexDescription, SchemaDescription, TableDescription } from './schema';

const ACTIONS: Record<string, string> = {
  a: 'NO ACTION',
  r: 'RESTRICT',
  c: 'CASCADE',
  n: 'SET NULL',
  d: 'SET DEFAULT',
};

/** Every table of the public schema but TypeORM's record of applied migrations, from PostgreSQL's catalogue. */
export async function describePostgresSchema(dataSource: DataSource): Promise<SchemaDescription> {
  const tables = await dataSource.query<{ name: string }[]>(
    `SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations' ORDER BY table_name`,
  );
  const schema: SchemaDescription = {};
  for (const { name } of tables) schema[name] = await describeTable(dataSource, name);
  return schema;
}

async function describeTable(dataSource: DataSource, table: string): Promise<TableDescription> {
  return {
    columns: await columns(dataSource, table),
    indexes: await indexes(dataSource, table),
    foreignKeys: await foreignKeys(dataSource, table),
    checks: (
      await dataSource.query<{ definition: string }[]>(
        `SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint
        WHERE conrelid = $1::regclass AND contype = 'c'`,
        [`"${table}"`],
      )
    )
      .map((row) => row.definition)
      .sort(),
  };
}

async function columns(dataSource: DataSource, table: string): Promise<ColumnDescription[]> {
  const rows = await dataSource.query<
    { name: string; type: string; notNull: boolean; default: string | null; primaryKey: number | null }[]
  >(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS "notNull",
      pg_get_expr(d.adbin, d.adrelid) AS default,
      (SELECT k.position FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, position)
        WHERE k.attnum = a.attnum)::int AS "primaryKey"
    FROM pg_attribute a
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    LEFT JOIN pg_index i ON i.indrelid = a.attrelid AND i.indisprimary
    WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped
    ORDER BY a.attname`,
    [`"${table}"`],
  );
  return rows.map((row) => {
    // A SERIAL key's default names its sequence; what matters is that the key counts up by itself.
    const autoIncrement = row.default?.startsWith('nextval(') ?? false;
    return {
      name: row.name,
      type: row.type,
      notNull: row.notNull,
      default: autoIncrement ? null : row.default,
      // The position counts from 1 in key order: the same as SQLite's pk column.
      primaryKey: row.primaryKey ?? 0,
      autoIncrement,
    };
  });
}

async function indexes(dataSource: DataSource, table: string): Promise<IndexDescription[]> {
  const rows = await dataSource.query<
    {
      name: string;
      unique: boolean;
      primary: boolean;
      constraint: string | null;
      columns: (string | null)[];
      partial: boolean;
    }[]
  >(
    `SELECT c.relname AS name, i.indisunique AS unique, i.indisprimary AS primary, k.contype AS constraint,
      ARRAY(SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS key(attnum, position)
        LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = key.attnum ORDER BY key.position) AS columns,
      i.indpred IS NOT NULL AS partial
    FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
    LEFT JOIN pg_constraint k ON k.conindid = i.indexrelid AND k.conrelid = i.indrelid
    WHERE i.indrelid = $1::regclass ORDER BY c.relname`,
    [`"${table}"`],
  );
  return rows.map((row) => {
    const origin = row.primary ? 'primary key' : row.constraint === 'u' ? 'unique' : 'index';
    return {
      // As on SQLite: the index behind a constraint is described by the constraint, not its name.
      name: origin === 'index' ? row.name : null,
      origin,
      unique: row.unique,
      // An expression's key column has attribute number 0, which names no column.
      columns: row.columns.map((column) => column ?? '<expression>'),
      partial: row.partial,
    };
  });
}

async function foreignKeys(dataSource: DataSource, table: string) {
  const rows = await dataSource.query<
    { columns: string[]; table: string; referencedColumns: string[]; onDelete: string; onUpdate: string }[]
  >(
    `SELECT ARRAY(SELECT a.attname::text FROM unnest(k.conkey) WITH ORDINALITY AS key(attnum, position)
        JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = key.attnum ORDER BY key.position) AS columns,
      t.relname AS table,
      ARRAY(SELECT a.attname::text FROM unnest(k.confkey) WITH ORDINALITY AS key(attnum, position)
        JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = key.attnum ORDER BY key.position) AS "referencedColumns",
      k.confdeltype AS "onDelete", k.confupdtype AS "onUpdate"
    FROM pg_constraint k JOIN pg_class t ON t.oid = k.confrelid
    WHERE k.conrelid = $1::regclass AND k.contype = 'f'`,
    [`"${table}"`],
  );
  return rows
    .map((row) => ({ ...row, onDelete: ACTIONS[row.onDelete], onUpdate: ACTIONS[row.onUpdate] }))
    .sort((a, b) => a.columns.join().localeCompare(b.columns.join()));
}
