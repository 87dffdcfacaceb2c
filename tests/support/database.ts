import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { postgresFromUrl, type DatabaseConnection } from '../../electron/db/connection';
import { createDataSource, type MigrationClass } from '../../electron/db/data-source';
import { openDatabase } from '../../electron/db/open';
import { createDispatcher, type Dispatcher } from '../../electron/main/ipc/dispatch';
import type { Clock } from '../../electron/services/clock';
import { createHandlers } from '../../electron/services/handlers';
import { recordingDesktop } from '../../scripts/bridge/desktop';
import { ROLES } from '../../shared/api/access';
import { connectionAs, ensureTestAccount } from './accounts';
import { createPostgresDatabase, dropPostgresDatabase } from './postgres';

/** The engine the suite runs on: SQLite unless the `postgres` test project says otherwise. */
export const TEST_ENGINE: DatabaseConnection['engine'] =
  process.env.BG_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

export interface TestDatabase {
  folder: string;
  /** The SQLite file; on PostgreSQL only the folder for attachments and backups. */
  file: string;
  connection: DatabaseConnection;
  /** How the server's administrator (the tables' owner) reaches the same database. */
  administrator: DatabaseConnection;
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
  const administrator: DatabaseConnection =
    TEST_ENGINE === 'postgres'
      ? postgresFromUrl(testServerUrl(), await createPostgresDatabase())
      : { engine: 'sqlite', file };
  let dataSource = await openDatabase(administrator, { backupFolder, migrations });
  let connection = administrator;
  if (administrator.engine === 'postgres' && !migrations) {
    // The tests work as a colleague holding every role, so a missing grant fails them as it would a user.
    await ensureTestAccount(dataSource, TEST_COLLEAGUE, ROLES);
    await dataSource.destroy();
    connection = connectionAs(administrator, TEST_COLLEAGUE);
    dataSource = await openDatabase(connection, { backupFolder });
  }
  return {
    folder,
    file,
    connection,
    administrator,
    backupFolder,
    dataSource,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      if (administrator.engine === 'postgres') await dropPostgresDatabase(administrator.database);
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

/** The colleague the PostgreSQL tests work as; the server names them in every history. */
export const TEST_COLLEAGUE = 'bg_test_collega';

/** Who the audit trail names in tests: on PostgreSQL the colleague's own login, as the server says. */
export function testActor(): string {
  return TEST_ENGINE === 'postgres' ? TEST_COLLEAGUE : 'testgebruiker';
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
    computerUser: 'testgebruiker',
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

/**
 * A statement only the server's administrator may run (dropping a table to make a failure); on
 * SQLite the test's own connection.
 */
export async function queryAsAdministrator(db: TestDatabase, statement: string, parameters?: unknown[]) {
  if (db.administrator.engine === 'sqlite') return db.dataSource.query<unknown>(statement, parameters);
  const dataSource = createDataSource(db.administrator, []);
  await dataSource.initialize();
  try {
    return await dataSource.query<unknown>(statement, parameters);
  } finally {
    await dataSource.destroy();
  }
}
