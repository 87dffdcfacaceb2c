import { afterEach, expect, it } from 'vitest';
import { migrations } from '../../../electron/db/migrations';
import { AddFamilyToQueueIndex1795400000029 } from '../../../electron/db/migrations/1795400000029-AddFamilyToQueueIndex';
import type { TestDatabase } from '../../support/database';
import { migrateAcross } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

it("reads the open registrations' families from the queue's index alone", async () => {
  db = await migrateAcross(migrations.indexOf(AddFamilyToQueueIndex1795400000029) + 1, () => Promise.resolve());
  const query = (sql: string) => db.dataSource.query<Record<string, unknown>[]>(sql);
  const [index] = await query(`SELECT sql FROM sqlite_master WHERE name = 'IDX_registration_queue'`);
  expect(index.sql).toContain('("status", "receivedDate", "id", "familyId")');
  const plan = await query(`EXPLAIN QUERY PLAN SELECT id, familyId FROM registration INDEXED BY IDX_registration_queue
    WHERE status IN ('nieuw', 'wachtlijst') ORDER BY receivedDate`);
  expect(plan.map((step) => step.detail).join('\n')).toContain('USING COVERING INDEX IDX_registration_queue');

  await db.dataSource.undoLastMigration();
  const [before] = await query(`SELECT sql FROM sqlite_master WHERE name = 'IDX_registration_queue'`);
  expect(before.sql).toContain('("status", "receivedDate", "id")');
});
