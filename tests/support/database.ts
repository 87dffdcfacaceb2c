import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { postgresFromUrl, type DatabaseConnection } from '../../electron/db/connection';
import type { MigrationClass } from '../../electron/db/data-source';
import { openDatabase } from '../../electron/db/open';
import { createDispatcher, type Dispatcher } from '../../electron/main/ipc/dispatch';
import type { Clock } from '../../electron/services/clock';
import { createHandlers } from '../../electron/services/handlers';
import { recordingDesktop } from '../../scripts/bridge/desktop';
import { createPostgresDatabase, dropPostgresDatabase } from './postgres';

/** The engine the suite runs on: SQLite unless the `postgres` test project says otherwise. */
export const TEST_ENGINE: DatabaseConnection['engine'] =
  process.env.BG_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

export interface TestDatabase {
  folder: string;
  /** The SQLite file; on PostgreSQL only the folder for attachments and backups. */
  file: string;
  connection: DatabaseConnection;
  backupFolder: string;
  dataSource: DataSource;
  close(): Promise<void>;
}

/**
 * A fresh database brought up by the engine's real migrations: a SQLite file in a new temporary
 * folder, or a new database on the test PostgreSQL server.
 */
export async function openTestDatabase(migrations?: MigrationClass[]): Promise<TestDatabase> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bg-test-'));
  const file = path.join(folder, 'buurtgezinnen.sqlite');
  const backupFolder = path.join(folder, 'backups');
  const connection: DatabaseConnection =
    TEST_ENGINE === 'postgres'
      ? postgresFromUrl(testServerUrl(), await createPostgresDatabase())
      : { engine: 'sqlite', file };
  const dataSource = await openDatabase(connection, { backupFolder, migrations });
  return {
    folder,
    file,
    connection,
    backupFolder,
    dataSource,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      if (connection.engine === 'postgres') await dropPostgresDatabase(connection.database);
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

function testServerUrl(): string {
  const url = process.env.BG_TEST_PG_URL;
  if (!url)
    throw new Error('BG_TEST_PG_URL is not set: the postgres tests need the test server (tests/vitest.config.mts)');
  return url;
}

export const fixedClock = (iso: string): Clock => ({ now: () => new Date(iso) });

/** Who the audit trail names in tests: on PostgreSQL the login of the connection, as the server says. */
export function testActor(): string {
  return TEST_ENGINE === 'postgres' ? postgresFromUrl(process.env.BG_TEST_PG_URL!).user : 'testgebruiker';
}

export function testDispatcher(
  db: TestDatabase,
  clock?: Clock,
): Dispatcher & { logged: string[]; desktop: ReturnType<typeof recordingDesktop> } {
  const logged: string[] = [];
  const desktop = recordingDesktop();
  const handlers = createHandlers(
    { dataFolder: db.folder, databaseFile: db.file, backupFolder: db.backupFolder },
    desktop,
  );
  const dispatcher = createDispatcher(db.dataSource, handlers, {
    fallbackActor: 'testgebruiker',
    clock,
    log: { info: (m) => logged.push(m), error: (m) => logged.push(m) },
  });
  return { ...dispatcher, logged, desktop };
}

/**
 * A colleague on another computer: a connection of their own to the same database (on SQLite the
 * same file, as a second process would open it), with a dispatcher of their own.
 */
export async function openColleague(db: TestDatabase, clock?: Clock) {
  const dataSource = await openDatabase(db.connection, { backupFolder: db.backupFolder });
  const colleague = testDispatcher({ ...db, dataSource }, clock);
  return { dispatch: colleague.dispatch, close: () => dataSource.destroy() };
}
