import { afterEach, expect, it } from 'vitest';
import { postgresMigrations } from '../../../../electron/db/migrations/postgres';
import { AddFamilyToQueueIndex1795500000022 } from '../../../../electron/db/migrations/postgres/1795500000022-AddFamilyToQueueIndex';
import type { TestDatabase } from '../../../support/database';
import { migrateAcross } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

it("reads the open registrations' families from the queue's index alone", async () => {
  db = await migrateAcross(postgresMigrations.indexOf(AddFamilyToQueueIndex1795500000022) + 1, () => Promise.resolve());
  const query = (sql: string) => db.dataSource.query<Record<string, unknown>[]>(sql);
  const definition = async () =>
    (await query(`SELECT indexdef FROM pg_indexes WHERE indexname = 'IDX_registration_queue'`))[0].indexdef;
  expect(await definition()).toContain('(status, "receivedDate", id, "familyId")');
  await query('SET enable_seqscan = off');
  await query('SET enable_bitmapscan = off');
  const plan = await query(`EXPLAIN SELECT "id", "receivedDate", "familyId" FROM "registration"
    WHERE "status" = 'nieuw'`);
  expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('Index Only Scan using "IDX_registration_queue"');

  await query('RESET enable_seqscan');
  await query('RESET enable_bitmapscan');
  await db.dataSource.undoLastMigration();
  expect(await definition()).toContain('(status, "receivedDate", id)');
});
