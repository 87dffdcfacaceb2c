import { afterEach, expect, it } from 'vitest';
import { postgresMigrations } from '../../../../electron/db/migrations/postgres';
import { WriteSearchIndexDirectly1795500000021 } from '../../../../electron/db/migrations/postgres/1795500000021-WriteSearchIndexDirectly';
import type { TestDatabase } from '../../../support/database';
import { FAMILY, migrateAcross, PEOPLE, person } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

/** How many entries wait in the GIN index's pending list (pgstattuple, in PostgreSQL's contrib). */
const PENDING = `SELECT "pending_tuples" FROM pgstatginindex('"IDX_family_search_trigram"'::regclass)`;

it('writes new names straight into the search index, and moved the waiting ones in', async () => {
  db = await migrateAcross(postgresMigrations.indexOf(WriteSearchIndexDirectly1795500000021) + 1, async (query) => {
    await query(FAMILY);
    await query(`${PEOPLE} ${person(1, 'Anna', 'van der Heijden')}`);
    await query('CREATE EXTENSION IF NOT EXISTS pgstattuple');
    // Before: the new trigrams wait in the pending list.
    const [waiting] = (await query(PENDING)) as { pending_tuples: string }[];
    expect(Number(waiting.pending_tuples)).toBeGreaterThan(0);
  });
  const query = (sql: string) => db.dataSource.query<Record<string, unknown>[]>(sql);
  const pending = async () => Number((await query(PENDING))[0].pending_tuples);
  expect(await pending()).toBe(0);

  await query(FAMILY);
  await query(`${PEOPLE} ${person(2, 'Kees', 'Heijmans')}`);
  expect(await pending()).toBe(0);
  expect(
    await query(`SELECT "familyId" FROM "family_search" WHERE "nameKey" LIKE '%heij%' ORDER BY "familyId"`),
  ).toEqual([{ familyId: 1 }, { familyId: 2 }]);

  await db.dataSource.undoLastMigration();
  const [index] = await query(`SELECT "reloptions" FROM pg_class WHERE "relname" = 'IDX_family_search_trigram'`);
  expect(index.reloptions).toBeNull();
});
