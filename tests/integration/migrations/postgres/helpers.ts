import { postgresMigrations } from '../../../../electron/db/migrations/postgres';
import { openDatabase } from '../../../../electron/db/open';
import { openTestDatabase, type TestDatabase } from '../../../support/database';

/** A PostgreSQL database at migration `n - 1` (counting the baseline as 1) with `seed` run on it, then migrated to `n`. */
export async function migrateAcross(
  n: number,
  seed: (query: (sql: string, parameters?: unknown[]) => Promise<unknown>) => Promise<unknown>,
): Promise<TestDatabase> {
  const db = await openTestDatabase(postgresMigrations.slice(0, n - 1));
  await seed((sql, parameters) => db.dataSource.query<unknown>(sql, parameters));
  await db.dataSource.destroy();
  db.dataSource = await openDatabase(db.connection, {
    backupFolder: db.backupFolder,
    migrations: postgresMigrations.slice(0, n),
  });
  return db;
}

const NOW = `'2026-11-23T10:00:00Z'`;

/** A family in Haarlem, and people for it: `${PEOPLE} ${person(1, 'Anna', 'de Vries')}, ...`. */
export const FAMILY = `INSERT INTO "family" ("createdAt", "updatedAt", "kind", "street", "houseNumber", "postcode", "place")
  VALUES (${NOW}, ${NOW}, 'vraag', 'Kerkstraat', '12', '2011 AB', 'Haarlem')`;
export const PEOPLE = `INSERT INTO "person" ("familyId", "firstName", "lastName", "birthDate", "role", "firstNameKey", "lastNameKey") VALUES`;
export const person = (familyId: number, first: string, last: string) =>
  `(${familyId}, '${first}', '${last}', '1988-04-02', 'ouder', '${first.toLowerCase()}', '${last.toLowerCase()}')`;
