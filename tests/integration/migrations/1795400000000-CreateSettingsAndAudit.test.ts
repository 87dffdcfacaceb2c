import { afterEach, expect, it } from 'vitest';
import { migrations } from '../../../electron/db/migrations';
import { openTestDatabase, type TestDatabase } from '../../support/database';

let db: TestDatabase;
afterEach(() => db.close());

it('creates the settings row and an audit table for records', async () => {
  db = await openTestDatabase(migrations.slice(0, 1));
  expect(await db.dataSource.query('SELECT id, version, employeeName FROM app_settings')).toEqual([
    { id: 1, version: 1, employeeName: null },
  ]);
  await db.dataSource.query(
    `INSERT INTO audit_entry (at, actor, operation, entityType, entityId, changes) VALUES ('2026-11-23T10:00:00Z', 'Fatima', 'x.create', 'x', 1, '[]')`,
  );
  const indexes: { name: string }[] = await db.dataSource.query(`PRAGMA index_list('audit_entry')`);
  expect(indexes.map((i) => i.name)).toContain('IDX_audit_entry_record');
});
