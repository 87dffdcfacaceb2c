import { afterEach, expect, it } from 'vitest';
import type { TestDatabase } from '../../support/database';
import { NOW, migrateAcross } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

it('adds registrations of existing families, with a status history and unique import keys', async () => {
  db = await migrateAcross(5, (query) =>
    query(`INSERT INTO family (createdAt, updatedAt, kind, street, houseNumber, postcode, place)
    VALUES (${NOW}, ${NOW}, 'steun', 'Dorpsweg', '3', '2042 AA', 'Zandvoort')`),
  );
  const query = (sql: string) => db.dataSource.query(sql);
  const insert = (key: string) =>
    query(`INSERT INTO registration (createdAt, updatedAt, familyId, receivedDate, channel, status, importKey)
    VALUES (${NOW}, ${NOW}, 1, '2026-11-01', 'zelf', 'nieuw', '${key}')`);
  await insert('abc');
  await expect(insert('abc')).rejects.toThrow(/UNIQUE/);
  await query(
    `INSERT INTO registration_status_change (registrationId, at, actor, toStatus) VALUES (1, ${NOW}, 'Fatima', 'nieuw')`,
  );
  expect(await query('SELECT duplicateSuspected, version FROM registration')).toEqual([
    { duplicateSuspected: 0, version: 1 },
  ]);
  const plan = await db.dataSource.query<{ detail: string }[]>(
    `EXPLAIN QUERY PLAN SELECT id FROM registration WHERE status = 'nieuw' ORDER BY receivedDate, id`,
  );
  expect(plan.map((step) => step.detail).join(' ')).toMatch(/USING (COVERING )?INDEX IDX_registration_queue/);
});
