import { afterEach, expect, it } from 'vitest';
import type { TestDatabase } from '../../support/database';
import { NOW, migrateAcross } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

it('adds import batches; registrations entered by hand keep no batch', async () => {
  db = await migrateAcross(7, async (query) => {
    await query(
      `INSERT INTO family (createdAt, updatedAt, kind, street, houseNumber, postcode, place) VALUES (${NOW}, ${NOW}, 'steun', 'Dorpsweg', '3', '2042 AA', 'Zandvoort')`,
    );
    await query(
      `INSERT INTO registration (createdAt, updatedAt, familyId, receivedDate, channel, status) VALUES (${NOW}, ${NOW}, 1, '2026-11-01', 'zelf', 'nieuw')`,
    );
  });
  const query = (sql: string) => db.dataSource.query(sql);
  expect(await query('SELECT importBatchId FROM registration')).toEqual([{ importBatchId: null }]);
  await query(
    `INSERT INTO import_batch (createdAt, updatedAt, fileName, importedRows, skippedRows) VALUES (${NOW}, ${NOW}, 'a.csv', 1, 0)`,
  );
  await query('UPDATE registration SET importBatchId = 1');
  await expect(query('UPDATE registration SET importBatchId = 5')).rejects.toThrow(/FOREIGN KEY/);
});
