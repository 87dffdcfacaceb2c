import type { ListFilter, ListSort } from '../../../shared/api/lists';
import { normalizeText } from '../../../shared/domain/text';
import { join, raw, sql, type Sql } from '../../db/sql';

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

/**
 * ORDER BY the chosen column (empty values last in either direction), then the fallback order, then
 * the id, so a window never shows a row twice or skips one.
 */
export function orderBy<Column extends string>(
  columns: Record<Column, ListColumn>,
  sort: ListSort<Column> | null,
  fallback: Sql,
  id: Sql,
): Sql {
  if (!sort) return sql`ORDER BY ${fallback}, ${id}`;
  const column = columns[sort.column];
  const direction = raw(sort.direction === 'desc' ? 'DESC' : 'ASC');
  const key = column.text ? sql`LOWER(${column.sort})` : column.sort;
  const empty = column.text ? sql`${column.sort} IS NULL OR ${column.sort} = ''` : sql`${column.sort} IS NULL`;
  return sql`ORDER BY (CASE WHEN ${empty} THEN 1 ELSE 0 END), ${key} ${direction}, ${id} ${direction}`;
}

export function where(conditions: readonly Sql[]): Sql {
  return conditions.length === 0 ? sql`1 = 1` : join(conditions, ' AND ');
}
