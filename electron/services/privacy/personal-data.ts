import type { EntityManager } from 'typeorm';
import { execute, inList, join, raw, select, sql, Sql } from '../../db/sql';
import type { FamilyScope, ScopeKey } from './scope';

type Row = Record<string, unknown>;

/** Anonymises a table's rows about the family. */
export type Erase = (manager: EntityManager, scope: FamilyScope) => Promise<void>;

/**
 * How one table holds personal data about a family: the area that owns the table says how its rows
 * about a family are found, and how erasure anonymises them. The access export and the erasure use
 * that; a test requires an `erase` of every table registered.
 */
export interface PersonalData {
  rows(manager: EntityManager, scope: FamilyScope): Promise<Row[]>;
  /** Removes the personal values of those rows and keeps what reports and invoices count. */
  erase: Erase;
}

/** The placeholder for a name or text that may not be empty: neutral, and plainly not a person's. */
export const ERASED = 'Verwijderd';

/** A column's value after erasure: a fixed text, empty (null), or an expression over the row. */
export type Replacement = string | null | Sql;

/**
 * What erasure does with a table's rows about a family: new values for its personal columns (every
 * other column stays), deleting the rows, or keeping them because they hold no personal value.
 */
export type Erasure = { set: Record<string, Replacement> } | 'delete' | 'keep';

/** The record's version is raised, so a form still open on the old values cannot save them back. */
export const NEXT_VERSION = sql`"version" + 1`;

/** The table's rows whose `column` holds one of the scope's ids of `key`, and how they are erased. */
export function rowsWhere(table: string, column: string, key: ScopeKey, erasure: Erasure): PersonalData {
  return {
    rows: (manager, scope) =>
      select<Row>(manager, sql`SELECT * FROM ${raw(`"${table}"`)} WHERE ${where(column, scope[key])} ORDER BY 1, 2`),
    erase: eraseWhere(table, column, key, erasure),
  };
}

/** The erasure of the table's rows whose `column` holds one of the scope's ids of `key`. */
function eraseWhere(table: string, column: string, key: ScopeKey, erasure: Erasure): Erase {
  return async (manager, scope) => {
    if (erasure === 'keep' || scope[key].length === 0) return;
    const target = raw(`"${table}"`);
    if (erasure === 'delete') {
      await execute(manager, sql`DELETE FROM ${target} WHERE ${where(column, scope[key])}`);
      return;
    }
    const assignments = Object.entries(erasure.set).map(
      ([name, value]) => sql`${raw(`"${name}"`)} = ${value instanceof Sql ? value : sql`${value}`}`,
    );
    await execute(manager, sql`UPDATE ${target} SET ${join(assignments)} WHERE ${where(column, scope[key])}`);
  };
}

function where(column: string, ids: number[]): Sql {
  return sql`${raw(`"${column}"`)} ${inList(ids)}`;
}
