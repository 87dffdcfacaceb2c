import { afterEach, expect, it } from 'vitest';
import type { TestDatabase } from '../../support/database';
import { NOW, migrateAcross } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

it('drops the typed employee name and keeps the other settings', async () => {
  db = await migrateAcross(18, (query) =>
    query(`UPDATE app_settings SET employeeName = 'Iemand', overdueDays = 21, updatedAt = ${NOW}`),
  );
  const columns = await db.dataSource.query<{ name: string }[]>(`SELECT name FROM pragma_table_info('app_settings')`);
  expect(columns.map((column) => column.name)).not.toContain('employeeName');
  expect(await db.dataSource.query('SELECT overdueDays FROM app_settings')).toEqual([{ overdueDays: 21 }]);
});
