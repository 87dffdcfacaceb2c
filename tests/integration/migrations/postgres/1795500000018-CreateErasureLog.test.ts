import { afterEach, expect, it } from 'vitest';
import { postgresMigrations } from '../../../../electron/db/migrations/postgres';
import { CreateErasureLog1795500000018 } from '../../../../electron/db/migrations/postgres/1795500000018-CreateErasureLog';
import type { TestDatabase } from '../../../support/database';
import { migrateAcross } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

const changes = JSON.stringify([
  { field: 'families', old: 'Familie Jansen', new: 'Familie Jansen, Familie de Boer' },
  { field: 'insurer', old: 'VNG', new: 'Centraal Beheer' },
]);

it('adds an erasure log beheer only adds to and reads, and lets beheer erase values but not actors', async () => {
  db = await migrateAcross(postgresMigrations.indexOf(CreateErasureLog1795500000018) + 1, async (query) => {
    await query(
      `INSERT INTO "audit_entry" ("at", "actor", "operation", "entityType", "entityId", "changes")
      VALUES ('2026-11-23T10:00:00Z', 'anna', 'policies.update', 'policy', 7, $1)`,
      [changes],
    );
  });
  const query = (sql: string, parameters?: unknown[]) => db.dataSource.query<unknown[]>(sql, parameters);
  expect(
    await query(`SELECT grantee, privilege_type FROM information_schema.role_table_grants
    WHERE table_name = 'erasure_log' AND grantee LIKE 'buurtgezinnen_%' ORDER BY grantee, privilege_type`),
  ).toEqual([
    { grantee: 'buurtgezinnen_beheer', privilege_type: 'INSERT' },
    { grantee: 'buurtgezinnen_beheer', privilege_type: 'SELECT' },
  ]);
  // Beheer may overwrite a person's names, never read them.
  expect(
    await query(`SELECT privilege_type FROM information_schema.column_privileges
    WHERE table_name = 'person' AND column_name = 'lastName' AND grantee = 'buurtgezinnen_beheer'`),
  ).toEqual([{ privilege_type: 'UPDATE' }]);
  const erase = `'"buurtgezinnen_erase_audit_values"(text, integer[], text[])'`;
  expect(
    await query(`SELECT has_function_privilege('buurtgezinnen_beheer', ${erase}, 'EXECUTE') AS beheer,
      has_function_privilege('buurtgezinnen_backoffice', ${erase}, 'EXECUTE') AS backoffice`),
  ).toEqual([{ beheer: true, backoffice: false }]);

  await query(`SELECT "buurtgezinnen_erase_audit_values"('policy', ARRAY[7], ARRAY['families'])`);
  const [entry] = (await query(`SELECT "actor", "changes" FROM "audit_entry"`)) as { actor: string; changes: string }[];
  expect(entry.actor).toBe('anna');
  expect(JSON.parse(entry.changes)).toEqual([
    { field: 'families', old: null, new: null },
    { field: 'insurer', old: 'VNG', new: 'Centraal Beheer' },
  ]);
  await expect(query(`SELECT "buurtgezinnen_erase_audit_values"('account', ARRAY[1], NULL)`)).rejects.toThrow(
    /gezinsgegevens/,
  );
});
