import type { DataSource } from 'typeorm';
import { backupDatabase } from './backup';
import { createDataSource, type MigrationClass } from './data-source';
import { migrations as allMigrations } from './migrations';

export class NewerDatabaseError extends Error {
  constructor(unknown: string[]) {
    super(`Database has migrations this version does not know: ${unknown.join(', ')}`);
    this.name = 'NewerDatabaseError';
  }
}

export interface OpenOptions {
  backupFolder: string;
  migrations?: MigrationClass[];
}

/**
 * Opens the file (creating it when new), refuses a database written by a newer version,
 * backs it up before pending migrations and brings it to the latest schema.
 */
export async function openDatabase(file: string, options: OpenOptions): Promise<DataSource> {
  const dataSource = createDataSource(file, options.migrations ?? allMigrations);
  await dataSource.initialize();
  try {
    await dataSource.query('PRAGMA foreign_keys = ON');
    await dataSource.query('PRAGMA journal_mode = WAL');
    await assertKnownMigrations(dataSource);
    if (await dataSource.showMigrations()) {
      await backupDatabase(dataSource, options.backupFolder, 'voor-migratie');
      await dataSource.runMigrations({ transaction: 'each' });
    }
    await optimizeDatabase(dataSource);
    return dataSource;
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}

async function assertKnownMigrations(dataSource: DataSource) {
  const runner = dataSource.createQueryRunner();
  const hasTable = await runner.hasTable('migrations').finally(() => runner.release());
  if (!hasTable) return;
  const applied: { name: string }[] = await dataSource.query('SELECT name FROM "migrations"');
  const known = new Set(dataSource.migrations.map((migration) => migration.name));
  const unknown = applied.map((row) => row.name).filter((name) => !known.has(name));
  if (unknown.length > 0) throw new NewerDatabaseError(unknown);
}

/** Lets SQLite refresh the statistics its query planner uses; cheap when nothing changed much. */
export async function optimizeDatabase(dataSource: DataSource): Promise<void> {
  await dataSource.query('PRAGMA optimize=0x10002');
}
