import { afterEach, expect, it } from 'vitest';
import { postgresMigrations } from '../../../../electron/db/migrations/postgres';
import { NewerDatabaseError, openDatabase } from '../../../../electron/db/open';
import { openTestDatabase, queryAsAdministrator, type TestDatabase } from '../../../support/database';

let db: TestDatabase;
afterEach(() => db.close());

it('brings an empty PostgreSQL database to the schema of SQLite migration 11, with the same first rows', async () => {
  db = await openTestDatabase();
  const query = <T>(text: string) => db.dataSource.query<T[]>(text);
  expect(await query('SELECT "id", "overdueDays", "vogAllAdults" FROM "app_settings"')).toEqual([
    { id: 1, overdueDays: 14, vogAllAdults: true },
  ]);
  expect(await query('SELECT "id", "name", "vatCategory" FROM "organisation"')).toEqual([
    { id: 1, name: 'Stichting Buurtgezinnen', vatCategory: 'O' },
  ]);
  expect(await query('SELECT "kind", "templateVersion" FROM "document_template" ORDER BY "kind"')).toEqual([
    { kind: 'contract', templateVersion: 1 },
    { kind: 'huisregels', templateVersion: 1 },
  ]);
  await query(`INSERT INTO "municipality" ("createdAt", "updatedAt", "name") VALUES ('x', 'x', 'Haarlem')`);
  await expect(
    query(`INSERT INTO "municipality" ("createdAt", "updatedAt", "name") VALUES ('x', 'x', 'HAARLEM')`),
  ).rejects.toThrow(/UQ_municipality_name/);
});

it('is a no-op the second time, and refuses a database written by a newer version', async () => {
  db = await openTestDatabase();
  await db.dataSource.destroy();
  db.dataSource = await openDatabase(db.connection, { backupFolder: db.backupFolder });
  expect(await db.dataSource.query<{ n: number }[]>('SELECT COUNT(*) AS n FROM "migrations"')).toEqual([
    { n: postgresMigrations.length },
  ]);
  await queryAsAdministrator(
    db,
    `INSERT INTO "migrations" ("timestamp", "name") VALUES (1999999999999, 'Future1999999999999')`,
  );
  await db.dataSource.destroy();
  await expect(openDatabase(db.connection, { backupFolder: db.backupFolder })).rejects.toBeInstanceOf(
    NewerDatabaseError,
  );
});
