import { afterEach, expect, it } from 'vitest';
import type { TestDatabase } from '../../../support/database';
import { migrateAcross } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

it('drops the typed employee name and keeps the other settings', async () => {
  db = await migrateAcross(11, (query) =>
    query(`UPDATE "app_settings" SET "employeeName" = 'Iemand', "overdueDays" = 21`),
  );
  const columns = await db.dataSource.query<{ name: string }[]>(
    `SELECT column_name AS "name" FROM information_schema.columns WHERE table_name = 'app_settings'`,
  );
  expect(columns.map((column) => column.name)).not.toContain('employeeName');
  expect(await db.dataSource.query(`SELECT "overdueDays" FROM "app_settings"`)).toEqual([{ overdueDays: 21 }]);
});
