import type { DataSource } from 'typeorm';
import type { DatabaseConnection } from './connection';
import { createDataSource, type MigrationClass } from './data-source';
import { engineOf } from './engine';
import { isOnNetworkDrive, NetworkDriveError } from './network-drive';
import { select, sql } from './sql';

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
 * Opens the database (a new SQLite file is created), refuses one written by a newer version,
 * backs it up before pending migrations and brings it to the latest schema.
 */
export async function openDatabase(connection: DatabaseConnection, options: OpenOptions): Promise<DataSource> {
  if (connection.engine === 'sqlite' && isOnNetworkDrive(connection.file)) throw new NetworkDriveError();
  const dataSource = createDataSource(connection, options.migrations);
  await dataSource.initialize();
  const engine = engineOf(dataSource);
  try {
    await engine.prepare(dataSource);
    await assertKnownMigrations(dataSource);
    if (await dataSource.showMigrations()) {
      await engine.backupBeforeMigration(dataSource, options.backupFolder);
      await dataSource.runMigrations({ transaction: 'each' });
    }
    await engine.optimize(dataSource);
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
  const applied = await select<{ name: string }>(dataSource.manager, sql`SELECT "name" FROM "migrations"`);
  const known = new Set(dataSource.migrations.map((migration) => migration.name));
  const unknown = applied.map((row) => row.name).filter((name) => !known.has(name));
  if (unknown.length > 0) throw new NewerDatabaseError(unknown);
}

/** Lets the engine refresh the statistics its query planner uses; cheap when nothing changed much. */
export function optimizeDatabase(dataSource: DataSource): Promise<void> {
  return engineOf(dataSource).optimize(dataSource);
}
