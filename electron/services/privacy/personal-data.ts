import type { EntityManager } from 'typeorm';
import { inList, raw, select, sql } from '../../db/sql';
import type { FamilyScope, ScopeKey } from './scope';

type Row = Record<string, unknown>;

/**
 * How one table holds personal data about a family: the area that owns the table says how its rows
 * about a family are found, and every access export (and erasure) uses that.
 */
export interface PersonalData {
  rows(manager: EntityManager, scope: FamilyScope): Promise<Row[]>;
}

/** The table's rows whose `column` holds one of the scope's ids of `key`. */
export function rowsWhere(table: string, column: string, key: ScopeKey): PersonalData {
  return {
    rows: (manager, scope) =>
      select<Row>(
        manager,
        sql`SELECT * FROM ${raw(`"${table}"`)} WHERE ${raw(`"${column}"`)} ${inList(scope[key])} ORDER BY 1, 2`,
      ),
  };
}
