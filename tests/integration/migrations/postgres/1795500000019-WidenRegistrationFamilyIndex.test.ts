import { afterEach, expect, it } from 'vitest';
import { postgresMigrations } from '../../../../electron/db/migrations/postgres';
import { WidenRegistrationFamilyIndex1795500000019 } from '../../../../electron/db/migrations/postgres/1795500000019-WidenRegistrationFamilyIndex';
import type { TestDatabase } from '../../../support/database';
import { migrateAcross } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

it("counts a family's open registrations from the index alone", async () => {
  db = await migrateAcross(postgresMigrations.indexOf(WidenRegistrationFamilyIndex1795500000019) + 1, () =>
    Promise.resolve(),
  );
  const query = (sql: string) => db.dataSource.query<Record<string, unknown>[]>(sql);
  const indexes = await query(
    `SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE 'IDX_registration_family%'`,
  );
  expect(indexes.map((index) => index.indexname)).toEqual(['IDX_registration_family_queue']);
  expect(indexes[0].indexdef).toContain('("familyId", status, "receivedDate", id)');
  await query('SET enable_seqscan = off');
  await query('SET enable_bitmapscan = off');
  const plan = await query(`EXPLAIN SELECT COUNT(*) FROM "registration"
    WHERE "familyId" = 1 AND "status" IN ('nieuw', 'wachtlijst')`);
  expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain(
    'Index Only Scan using "IDX_registration_family_queue"',
  );
});
