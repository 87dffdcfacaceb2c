import type { DataSource } from 'typeorm';
import type { ForeignKeyDescription, IndexDescription, SchemaDescription, TableDescription } from './schema';

interface TableInfo {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
}
interface IndexInfo {
  name: string;
  unique: number;
  origin: 'c' | 'u' | 'pk';
  partial: number;
}
interface ForeignKeyInfo {
  id: number;
  table: string;
  from: string;
  to: string;
  on_update: string;
  on_delete: string;
}

const ORIGINS = { c: 'index', u: 'unique', pk: 'primary key' } as const;

/** Every table but SQLite's own and TypeORM's record of applied migrations. */
export async function describeSqliteSchema(dataSource: DataSource): Promise<SchemaDescription> {
  const tables = await dataSource.query<{ name: string; sql: string }[]>(
    `SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name <> 'migrations'
    ORDER BY name`,
  );
  const schema: SchemaDescription = {};
  for (const { name, sql } of tables) schema[name] = await describeTable(dataSource, name, sql);
  return schema;
}

async function describeTable(dataSource: DataSource, table: string, sql: string): Promise<TableDescription> {
  const pragma = <T>(name: string, argument = table) =>
    dataSource.query<T[]>(`SELECT * FROM pragma_${name}(?)`, [argument]);
  const masked = maskQuoted(sql);
  // SQLite keeps no flag for AUTOINCREMENT, only the word in the table's SQL (one per table at most).
  const autoIncrement = /\bAUTOINCREMENT\b/i.test(masked);
  const columns = (await pragma<TableInfo>('table_info'))
    .map((column) => ({
      name: column.name,
      // Type names are case-insensitive in SQLite; the migrations write them in lower case.
      type: column.type.toLowerCase(),
      notNull: column.notnull === 1,
      default: normaliseDefault(column.dflt_value),
      primaryKey: column.pk,
      autoIncrement: autoIncrement && column.pk === 1,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const indexes: IndexDescription[] = [];
  for (const index of await pragma<IndexInfo>('index_list')) {
    const keys = await pragma<{ name: string | null }>('index_info', index.name);
    indexes.push({
      name: index.origin === 'c' ? index.name : null,
      origin: ORIGINS[index.origin],
      unique: index.unique === 1,
      columns: keys.map((key) => key.name ?? '<expression>'),
      partial: index.partial === 1,
    });
  }
  return {
    columns,
    indexes: sortByJson(indexes),
    foreignKeys: sortByJson(groupForeignKeys(await pragma<ForeignKeyInfo>('foreign_key_list'))),
    checks: checkExpressions(sql, masked).sort(),
  };
}

/** A multi-column key comes as one row per column, in key order, sharing an id. */
function groupForeignKeys(rows: ForeignKeyInfo[]): ForeignKeyDescription[] {
  const keys = new Map<number, ForeignKeyDescription>();
  for (const row of rows) {
    const key = keys.get(row.id) ?? {
      columns: [],
      table: row.table,
      referencedColumns: [],
      onDelete: row.on_delete,
      onUpdate: row.on_update,
    };
    key.columns.push(row.from);
    key.referencedColumns.push(row.to);
    keys.set(row.id, key);
  }
  return [...keys.values()];
}

/**
 * SQLite reports a default as written: `DEFAULT (1)` and `DEFAULT 1` give `(1)` and `1`, while
 * TypeORM always writes the parentheses. Both mean the same value, so outer parentheses go.
 */
function normaliseDefault(value: string | null): string | null {
  if (value === null) return null;
  let text = value.trim();
  while (text.startsWith('(') && text.endsWith(')') && closingParen(maskQuoted(text), 0) === text.length - 1) {
    text = text.slice(1, -1).trim();
  }
  return text;
}

/**
 * The expressions of a table's CHECK constraints, column or table level alike (SQLite treats them
 * the same), with runs of white space made one space: the migrations break lines, TypeORM does not.
 */
function checkExpressions(sql: string, masked: string): string[] {
  const expressions: string[] = [];
  for (const match of masked.matchAll(/\bCHECK\s*\(/gi)) {
    const open = match.index + match[0].length - 1;
    expressions.push(
      sql
        .slice(open + 1, closingParen(masked, open))
        .replace(/\s+/g, ' ')
        .trim(),
    );
  }
  return expressions;
}

/** The position of the parenthesis that closes the one at `open`, in SQL whose quoted parts are masked. */
function closingParen(masked: string, open: number): number {
  let depth = 0;
  for (let i = open; i < masked.length; i++) {
    if (masked[i] === '(') depth++;
    else if (masked[i] === ')' && --depth === 0) return i;
  }
  throw new Error(`Unbalanced parentheses in ${masked}`);
}

/**
 * The SQL with the inside of every string literal and quoted identifier blanked out, so that a
 * parenthesis or keyword inside quotes is not taken for SQL. Positions stay the same.
 */
function maskQuoted(sql: string): string {
  const closers: Record<string, string> = { "'": "'", '"': '"', '`': '`', '[': ']' };
  let out = '';
  let closer: string | null = null;
  for (let i = 0; i < sql.length; i++) {
    const char = sql[i];
    if (closer === null) {
      closer = closers[char] ?? null;
      out += char;
    } else if (char === closer) {
      closer = null;
      out += char;
    } else {
      out += ' ';
    }
  }
  return out;
}

function sortByJson<T>(items: T[]): T[] {
  return items
    .map((item) => [JSON.stringify(item), item] as const)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, item]) => item);
}
