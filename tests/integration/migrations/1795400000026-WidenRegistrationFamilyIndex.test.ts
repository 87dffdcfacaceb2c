import { afterEach, expect, it } from 'vitest';
import { migrations } from '../../../electron/db/migrations';
import { WidenRegistrationFamilyIndex1795400000026 } from '../../../electron/db/migrations/1795400000026-WidenRegistrationFamilyIndex';
import type { TestDatabase } from '../../support/database';
import { migrateAcross } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

it("counts a family's open registrations from the index alone", async () => {
  db = await migrateAcross(migrations.indexOf(WidenRegistrationFamilyIndex1795400000026) + 1, () => Promise.resolve());
  const query = (sql: string) => db.dataSource.query<Record<string, unknown>[]>(sql);
  const indexes = await query(
    `SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'IDX_registration_family%'`,
  );
  expect(indexes).toEqual([{ name: 'IDX_registration_family_queue' }]);
  const plan = await query(`EXPLAIN QUERY PLAN SELECT COUNT(*) FROM registration
    WHERE familyId IN (1, 2, 3) AND status IN ('nieuw', 'wachtlijst')`);
  expect(plan.map((step) => step.detail).join('\n')).toContain('USING COVERING INDEX IDX_registration_family_queue');
});
