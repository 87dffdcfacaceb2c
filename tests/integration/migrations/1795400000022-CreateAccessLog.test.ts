import { afterEach, expect, it } from 'vitest';
import { migrations } from '../../../electron/db/migrations';
import { CreateAccessLog1795400000022 } from '../../../electron/db/migrations/1795400000022-CreateAccessLog';
import type { TestDatabase } from '../../support/database';
import { NOW, migrateAcross } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

it('adds an empty inzagelog beside the audit trail, which it leaves as it was', async () => {
  db = await migrateAcross(migrations.indexOf(CreateAccessLog1795400000022) + 1, async (query) => {
    await query(`INSERT INTO audit_entry (at, actor, operation, entityType, entityId, changes)
      VALUES (${NOW}, 'anna', 'families.update', 'family', 1, '[]')`);
  });
  const query = (sql: string) => db.dataSource.query<unknown[]>(sql);
  expect(await query('SELECT COUNT(*) AS n FROM access_log')).toEqual([{ n: 0 }]);
  await query(`INSERT INTO access_log (at, actor, operation, entityType, entityId)
    VALUES (${NOW}, 'anna', 'families.get', 'family', 1)`);
  expect(await query('SELECT actor, entityType, entityId FROM access_log')).toEqual([
    { actor: 'anna', entityType: 'family', entityId: 1 },
  ]);
  expect(await query('SELECT actor FROM audit_entry')).toEqual([{ actor: 'anna' }]);
});
