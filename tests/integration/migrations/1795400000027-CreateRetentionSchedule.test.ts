import { afterEach, expect, it } from 'vitest';
import { migrations } from '../../../electron/db/migrations';
import { CreateRetentionSchedule1795400000027 } from '../../../electron/db/migrations/1795400000027-CreateRetentionSchedule';
import { RETENTION_KIND_INFO, RETENTION_KINDS } from '../../../shared/domain/privacy/retention';
import type { TestDatabase } from '../../support/database';
import { NOW, migrateAcross } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

it('adds the retention schedule with the app’s defaults, an empty list of runs, and keeps the erasure log', async () => {
  db = await migrateAcross(migrations.indexOf(CreateRetentionSchedule1795400000027) + 1, async (query) => {
    await query(`INSERT INTO erasure_log (erasedAt, erasedBy, reason, kind)
      VALUES (${NOW}, 'anna', 'Verzoek van de ouder per e-mail', 'verzoek')`);
  });
  const query = (sql: string) => db.dataSource.query<Record<string, unknown>[]>(sql);
  const rules = await query('SELECT kind, months, reason, version FROM retention_rule');
  expect(rules.map((rule) => rule.kind).sort()).toEqual([...RETENTION_KINDS].sort());
  for (const rule of rules) {
    const info = RETENTION_KIND_INFO[rule.kind as keyof typeof RETENTION_KIND_INFO];
    expect(rule).toEqual({ kind: rule.kind, months: info.defaultMonths, reason: info.defaultReason, version: 1 });
  }
  await expect(query(`UPDATE retention_rule SET months = 0 WHERE kind = 'match'`)).rejects.toThrow(/CHECK constraint/);
  expect(await query('SELECT COUNT(*) AS n FROM retention_run')).toEqual([{ n: 0 }]);
  expect(await query('SELECT erasedBy FROM erasure_log')).toEqual([{ erasedBy: 'anna' }]);
});
