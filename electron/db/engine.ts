import type { DataSource, EntityManager } from 'typeorm';
import { backupDatabase, ensureDailyBackup } from './backup';

/**
 * What differs between the engines beyond SQL: settings of a new connection, a copy before the
 * schema changes, and statistics for the query planner. Services never see this.
 */
export interface EnginePort {
  prepare(dataSource: DataSource): Promise<void>;
  /** The first statement of a command's transaction. */
  startCommand(manager: EntityManager): Promise<void>;
  backupBeforeMigration(dataSource: DataSource, backupFolder: string): Promise<void>;
  optimize(dataSource: DataSource): Promise<void>;
  /** Once an hour while the app runs: SQLite's daily copy in the data folder, and fresh statistics. */
  dailyMaintenance(dataSource: DataSource, backupFolder: string): Promise<void>;
  /** After an erasure committed: no old copy of what it overwrote stays readable in the database's files. */
  forgetOverwritten(dataSource: DataSource): Promise<void>;
}

const sqlite: EnginePort = {
  async prepare(dataSource) {
    await dataSource.query('PRAGMA foreign_keys = ON');
    await dataSource.query('PRAGMA journal_mode = WAL');
    // Deleted and overwritten content is zeroed, not left in free pages of the file: an erased name
    // must not be readable there afterwards. SQLCipher's build has it on already; said here so that
    // it holds whichever build opens the file.
    await dataSource.query('PRAGMA secure_delete = ON');
  },
  /**
   * Writes first, like `BEGIN IMMEDIATE`: the write lock is taken before anything is read, so
   * another process holding the file makes the command wait out the busy timeout instead of
   * failing at once when it later tries to write.
   */
  async startCommand(manager) {
    await manager.query('UPDATE "app_settings" SET "id" = "id" WHERE "id" = 0');
  },
  async backupBeforeMigration(dataSource, backupFolder) {
    await backupDatabase(dataSource, backupFolder, 'voor-migratie');
  },
  async optimize(dataSource) {
    await dataSource.query('PRAGMA optimize=0x10002');
  },
  async dailyMaintenance(dataSource, backupFolder) {
    await ensureDailyBackup(dataSource, backupFolder);
    await this.optimize(dataSource);
  },
  /**
   * A full-text index keeps a changed row's old words in its segments until they are merged, and the
   * WAL keeps old page images until a checkpoint; merging every index and checkpointing into an
   * emptied WAL leaves neither.
   */
  async forgetOverwritten(dataSource) {
    const indexes = await dataSource.query<{ name: string }[]>(
      `SELECT "name" FROM "sqlite_master" WHERE "type" = 'table' AND "sql" LIKE 'CREATE VIRTUAL TABLE%USING fts5%'`,
    );
    for (const { name } of indexes) await dataSource.query(`INSERT INTO "${name}" ("${name}") VALUES ('optimize')`);
    await dataSource.query('PRAGMA wal_checkpoint(TRUNCATE)');
  },
};

/** The server keeps its own backups (pg_dump, point-in-time recovery: see the README). */
const postgres: EnginePort = {
  prepare: () => Promise.resolve(),
  // Row locks and the version check in each UPDATE keep colleagues' transactions apart.
  startCommand: () => Promise.resolve(),
  backupBeforeMigration: () => Promise.resolve(),
  async optimize(dataSource) {
    await dataSource.query('ANALYZE');
  },
  dailyMaintenance(dataSource) {
    return this.optimize(dataSource);
  },
  // Old row versions are the server's to vacuum (autovacuum); no role of the app may VACUUM.
  forgetOverwritten: () => Promise.resolve(),
};

export function engineOf(dataSource: DataSource): EnginePort {
  return dataSource.options.type === 'postgres' ? postgres : sqlite;
}
