import { describe, expect, it } from 'vitest';
import { inList, join, raw, render, sql } from '../../../electron/db/sql';

describe('one query style for both engines', () => {
  const statement = sql`SELECT "id" FROM "family" WHERE "kind" = ${'vraag'} AND "id" ${inList([1, 2])}${raw(' ORDER BY "id"')}`;

  it('numbers the placeholders on PostgreSQL and uses ? on SQLite, values in order', () => {
    expect(render(statement, 'postgres')).toEqual({
      text: 'SELECT "id" FROM "family" WHERE "kind" = $1 AND "id" IN ($2, $3) ORDER BY "id"',
      values: ['vraag', 1, 2],
    });
    expect(render(statement, 'sqlite').text).toBe(
      'SELECT "id" FROM "family" WHERE "kind" = ? AND "id" IN (?, ?) ORDER BY "id"',
    );
  });

  it('joins conditions that carry their own values, and matches nothing for an empty list', () => {
    const conditions = join([sql`"a" = ${1}`, sql`"b" = ${2}`], ' AND ');
    expect(render(sql`WHERE ${conditions} AND "c" ${inList([])}`, 'postgres')).toEqual({
      text: 'WHERE "a" = $1 AND "b" = $2 AND "c" IN (NULL)',
      values: [1, 2],
    });
  });
});
