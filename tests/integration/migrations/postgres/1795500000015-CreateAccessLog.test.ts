import { afterEach, expect, it } from 'vitest';
import { postgresMigrations } from '../../../../electron/db/migrations/postgres';
import { CreateAccessLog1795500000015 } from '../../../../electron/db/migrations/postgres/1795500000015-CreateAccessLog';
import type { TestDatabase } from '../../../support/database';
import { migrateAcross } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

it('adds an inzagelog every role writes to and only beheer reads', async () => {
  db = await migrateAcross(postgresMigrations.indexOf(CreateAccessLog1795500000015) + 1, () => Promise.resolve());
  const query = (sql: string) => db.dataSource.query<unknown[]>(sql);
  const privileges = await query(`SELECT grantee, privilege_type FROM information_schema.role_table_grants
    WHERE table_name = 'access_log' AND grantee LIKE 'buurtgezinnen_%' ORDER BY grantee, privilege_type`);
  expect(privileges).toEqual([
    { grantee: 'buurtgezinnen_backoffice', privilege_type: 'INSERT' },
    { grantee: 'buurtgezinnen_beheer', privilege_type: 'INSERT' },
    { grantee: 'buurtgezinnen_beheer', privilege_type: 'SELECT' },
    { grantee: 'buurtgezinnen_financien', privilege_type: 'INSERT' },
  ]);
  expect(await query(`SELECT COUNT(*)::int AS n FROM "access_log"`)).toEqual([{ n: 0 }]);
});
