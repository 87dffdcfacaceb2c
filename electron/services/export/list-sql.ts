import type { EntityManager } from 'typeorm';
import type { ListFilter, ListSort } from '../../../shared/api/lists';
import { normalizeText } from '../../../shared/domain/text';
import { join, raw, select, selectOne, sql, type Sql } from '../../db/sql';

/**
 * What one column of a paged list means in SQL: the expression it sorts on and the condition its
 * column filter makes. The list's columns are a fixed map from column id to these, so a column id
 * from the page only ever picks one of them.
 */
export interface ListColumn {
  sort: Sql;
  /** Text sorts without regard to case; numbers and ISO dates sort as they are. */
  text?: boolean;
  filter: (value: string) => Sql;
}

/** A column filter that finds the value anywhere in the text, without regard to case. */
export function contains(expression: Sql): (value: string) => Sql {
  return (value) => sql`LOWER(COALESCE(${expression}, '')) LIKE ${likePattern(value)} ESCAPE '\\'`;
}

/** A column filter on a choice: the value is one of the column's codes, compared as it is. */
export function equals(expression: Sql): (value: string) => Sql {
  return (value) => sql`${expression} = ${value}`;
}

/** A date column's filter looks in the date as the table shows it (dd-mm-jjjj), e.g. "08-2025". */
export function dateContains(isoDate: Sql): (value: string) => Sql {
  return contains(
    sql`(SUBSTR(${isoDate}, 9, 2) || '-' || SUBSTR(${isoDate}, 6, 2) || '-' || SUBSTR(${isoDate}, 1, 4))`,
  );
}

function likePattern(value: string): string {
  const escaped = value.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
  return `%${escaped}%`;
}

/** The conditions of the column filters, each through its column's own expression. */
export function filterConditions<Column extends string>(
  columns: Record<Column, ListColumn>,
  filters: readonly ListFilter<Column>[],
): Sql[] {
  return filters.filter((f) => normalizeText(f.value).trim() !== '').map((f) => columns[f.column].filter(f.value));
}

/** One key of a list's order. */
export interface OrderKey {
  expression: Sql;
  direction: 'ASC' | 'DESC';
}

/**
 * The order of a list: the chosen column (empty values last in either direction), then the id, so a
 * window never shows a row twice or skips one; without a choice the list's own order, which ends in
 * its id.
 */
export function orderKeys<Column extends string>(
  columns: Record<Column, ListColumn>,
  sort: ListSort<Column> | null,
  fallback: OrderKey[],
  id: Sql,
): OrderKey[] {
  if (!sort) return fallback;
  const column = columns[sort.column];
  const direction = sort.direction === 'desc' ? 'DESC' : 'ASC';
  const empty = column.text ? sql`${column.sort} IS NULL OR ${column.sort} = ''` : sql`${column.sort} IS NULL`;
  return [
    { expression: sql`(CASE WHEN ${empty} THEN 1 ELSE 0 END)`, direction: 'ASC' },
    { expression: column.text ? sql`LOWER(${column.sort})` : column.sort, direction },
    { expression: id, direction },
  ];
}

/** What a paged list asks of its rows: where they come from, which match, in what order. */
export interface ListWindow {
  /** The FROM clause: the list's table, with the joins its filters and order need. */
  from: Sql;
  where: Sql;
  id: Sql;
  order: OrderKey[];
  /** null for every row (an export, "select all"). */
  limit: number | null;
  offset: number;
  /**
   * A search (or column filter) picks rows that must all be found to be counted, so they are found
   * once: counted and the window taken from the same set. Without one the count reads an index and
   * the window stops after its rows, in an index's order, without reading the rest.
   */
  foundOnce: boolean;
}

/** The ids of one window of a list, in order, and how many rows match in all. */
export async function listWindow(manager: EntityManager, list: ListWindow): Promise<{ ids: number[]; total: number }> {
  const window = list.limit === null ? raw('') : sql`LIMIT ${list.limit} OFFSET ${list.offset}`;
  const count = async () => {
    const counted = await selectOne<{ total: number | string }>(
      manager,
      sql`SELECT COUNT(*) AS "total" FROM ${list.from} WHERE ${list.where}`,
    );
    return Number(counted?.total ?? 0);
  };
  if (!list.foundOnce) {
    const rows = await select<{ id: number }>(
      manager,
      sql`SELECT ${list.id} AS "id" FROM ${list.from} WHERE ${list.where} ${orderBy(list.order)} ${window}`,
    );
    return { ids: rows.map((row) => Number(row.id)), total: await count() };
  }
  // MATERIALIZED: the engine finds the whole set by the best plan for all of it, never by walking an
  // index in the window's order in the hope of stopping early, which a count cannot.
  const keys = list.order.map((key, i) => ({ ...key, alias: raw(`"k${i}"`) }));
  const rows = await select<{ id: number; total: number | string }>(
    manager,
    sql`WITH "hits" AS MATERIALIZED (
      SELECT ${list.id} AS "id", ${join(keys.map((key) => sql`${key.expression} AS ${key.alias}`))}
      FROM ${list.from} WHERE ${list.where})
    SELECT "id", (SELECT COUNT(*) FROM "hits") AS "total" FROM "hits"
    ORDER BY ${join(keys.map((key) => sql`${key.alias} ${raw(key.direction)}`))} ${window}`,
  );
  // A window past the end (rows removed meanwhile) holds no row to carry the count.
  const total = rows.length > 0 ? Number(rows[0].total) : list.offset > 0 ? await count() : 0;
  return { ids: rows.map((row) => Number(row.id)), total };
}

function orderBy(keys: OrderKey[]): Sql {
  return sql`ORDER BY ${join(keys.map((key) => sql`${key.expression} ${raw(key.direction)}`))}`;
}

export function where(conditions: readonly Sql[]): Sql {
  return conditions.length === 0 ? sql`1 = 1` : join(conditions, ' AND ');
}
