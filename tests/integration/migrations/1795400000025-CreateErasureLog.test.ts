import { afterEach, expect, it } from 'vitest';
import { migrations } from '../../../electron/db/migrations';
import { CreateErasureLog1795400000025 } from '../../../electron/db/migrations/1795400000025-CreateErasureLog';
import type { TestDatabase } from '../../support/database';
import { NOW, migrateAcross } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

it('adds an empty erasure log of the two kinds, and leaves the audit trail as it was', async () => {
  db = await migrateAcross(migrations.indexOf(CreateErasureLog1795400000025) + 1, async (query) => {
    await query(`INSERT INTO audit_entry (at, actor, operation, entityType, entityId, changes)
      VALUES (${NOW}, 'anna', 'families.update', 'family', 1, '[]')`);
  });
  const query = (sql: string) => db.dataSource.query<unknown[]>(sql);
  expect(await query('SELECT COUNT(*) AS n FROM erasure_log')).toEqual([{ n: 0 }]);
  await query(`INSERT INTO erasure_log (erasedAt, erasedBy, reason, kind)
    VALUES (${NOW}, 'anna', 'Verzoek van de ouder per e-mail', 'verzoek')`);
  expect(await query('SELECT erasedBy, kind FROM erasure_log')).toEqual([{ erasedBy: 'anna', kind: 'verzoek' }]);
  await expect(
    query(`INSERT INTO erasure_log (erasedAt, erasedBy, reason, kind) VALUES (${NOW}, 'anna', 'zomaar', 'anders')`),
  ).rejects.toThrow(/CHECK constraint/);
  expect(await query('SELECT actor FROM audit_entry')).toEqual([{ actor: 'anna' }]);
});
