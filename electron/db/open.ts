import fs from 'node:fs';
import type { DataSource } from 'typeorm';
import type { DatabaseConnection } from './connection';
import { createDataSource, type MigrationClass } from './data-source';
import { encryptInPlace, isPlainDatabase, keyPragma } from './encryption';
import { engineOf } from './engine';
import { isOnNetworkDrive, NetworkDriveError } from './network-drive';
import { select, sql } from './sql';

export class NewerDatabaseError extends Error {
  constructor(unknown: string[]) {
    super(`Database has migrations this version does not know: ${unknown.join(', ')}`);
    this.name = 'NewerDatabaseError';
  }
}

/** The shared database needs a newer schema, and only its administrator (the tables' owner) may make it. */
export class MigrationNeedsAdministratorError extends Error {
  constructor() {
    super('Pending migrations need the database owner');
    this.name = 'MigrationNeedsAdministratorError';
  }
}

const INSUFFICIENT_PRIVILEGE = '42501';

export interface OpenOptions {
  backupFolder: string;
  migrations?: MigrationClass[];
}

/**
 * Opens the database (a new SQLite file is created), refuses one written by a newer version,
 * backs it up before pending migrations and brings it to the latest schema.
 */
export async function openDatabase(connection: DatabaseConnection, options: OpenOptions): Promise<DataSource> {
  if (connection.engine === 'sqlite') {
    if (isOnNetworkDrive(connection.file)) throw new NetworkDriveError();
    // A file from before the app encrypted is encrypted once, in its place, before it is opened.
    if (connection.key && fs.existsSync(connection.file) && isPlainDatabase(connection.file))
      await encryptInPlace(connection.file, keyPragma(connection.key));
  }
  return reopenDatabase(createDataSource(connection, options.migrations), options);
}

/**
 * Opens a DataSource that is not (or no longer) open, with the same checks and migrations as at
 * start: after a restore put another file in its place, the services keep the same DataSource.
 */
export async function reopenDatabase(dataSource: DataSource, options: OpenOptions): Promise<DataSource> {
  await dataSource.initialize();
  const engine = engineOf(dataSource);
  try {
    await engine.prepare(dataSource);
    await assertKnownMigrations(dataSource);
    if (await dataSource.showMigrations()) {
      await engine.backupBeforeMigration(dataSource, options.backupFolder);
      await dataSource.runMigrations({ transaction: 'each' }).catch((error: unknown) => {
        const code = (error as { driverError?: { code?: string } }).driverError?.code;
        throw code === INSUFFICIENT_PRIVILEGE ? new MigrationNeedsAdministratorError() : error;
      });
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
