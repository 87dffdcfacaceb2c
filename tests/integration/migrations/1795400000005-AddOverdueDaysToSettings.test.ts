import { afterEach, expect, it } from 'vitest';
import type { TestDatabase } from '../../support/database';
import { migrateAcross } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

it('sets the overdue limit of the existing settings to 14 days, keeping the name', async () => {
  db = await migrateAcross(6, (query) => query(`UPDATE app_settings SET employeeName = 'Fatima'`));
  expect(await db.dataSource.query('SELECT employeeName, overdueDays FROM app_settings')).toEqual([
    { employeeName: 'Fatima', overdueDays: 14 },
  ]);
});
