import { afterEach, expect, it } from 'vitest';
import { postgresMigrations } from '../../../../electron/db/migrations/postgres';
import { CreateRetentionSchedule1795500000020 } from '../../../../electron/db/migrations/postgres/1795500000020-CreateRetentionSchedule';
import { RETENTION_KIND_INFO, RETENTION_KINDS } from '../../../../shared/domain/privacy/retention';
import type { TestDatabase } from '../../../support/database';
import { migrateAcross } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

it('adds a schedule everyone reads and beheer alone sets, runs beheer keeps, and beheer reads statuses not names', async () => {
  db = await migrateAcross(postgresMigrations.indexOf(CreateRetentionSchedule1795500000020) + 1, async (query) => {
    await query(`INSERT INTO "erasure_log" ("erasedAt", "erasedBy", "reason", "kind")
      VALUES ('2026-11-23T10:00:00Z', 'anna', 'Verzoek van de ouder', 'verzoek')`);
  });
  const query = (sql: string) => db.dataSource.query<Record<string, unknown>[]>(sql);
  const rules = await query(`SELECT "kind", "months", "reason", "version" FROM "retention_rule" ORDER BY "kind"`);
  expect(rules).toEqual(
    [...RETENTION_KINDS].sort().map((kind) => ({
      kind,
      months: RETENTION_KIND_INFO[kind].defaultMonths,
      reason: RETENTION_KIND_INFO[kind].defaultReason,
      version: 1,
    })),
  );
  expect(
    await query(`SELECT table_name, grantee, privilege_type FROM information_schema.role_table_grants
      WHERE table_name IN ('retention_rule', 'retention_run') AND grantee LIKE 'buurtgezinnen_%'
      ORDER BY table_name, grantee, privilege_type`),
  ).toEqual([
    { table_name: 'retention_rule', grantee: 'buurtgezinnen_backoffice', privilege_type: 'SELECT' },
    { table_name: 'retention_rule', grantee: 'buurtgezinnen_beheer', privilege_type: 'SELECT' },
    { table_name: 'retention_rule', grantee: 'buurtgezinnen_beheer', privilege_type: 'UPDATE' },
    { table_name: 'retention_rule', grantee: 'buurtgezinnen_financien', privilege_type: 'SELECT' },
    { table_name: 'retention_run', grantee: 'buurtgezinnen_beheer', privilege_type: 'INSERT' },
    { table_name: 'retention_run', grantee: 'buurtgezinnen_beheer', privilege_type: 'SELECT' },
  ]);
  const beheerReads = async (table: string, column: string) =>
    (await query(`SELECT has_column_privilege('buurtgezinnen_beheer', '"${table}"', '${column}', 'SELECT') AS ok`))[0]
      .ok;
  expect(await beheerReads('registration', 'status')).toBe(true);
  expect(await beheerReads('match', 'endDate')).toBe(true);
  expect(await beheerReads('person', 'lastName')).toBe(false);
  expect(await beheerReads('vog', 'notes')).toBe(false);
  await expect(query(`UPDATE "retention_rule" SET "months" = 0 WHERE "kind" = 'match'`)).rejects.toThrow(/check/);
  expect(await query(`SELECT "erasedBy" FROM "erasure_log"`)).toEqual([{ erasedBy: 'anna' }]);
});
