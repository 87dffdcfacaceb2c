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
