import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { optimizeDatabase } from '../../electron/db/open';
import type { Engine } from '../../electron/db/sql';
import type { Dispatch } from '../../electron/main/ipc/dispatch';
import { openBridgeDatabase } from '../../scripts/bridge/bridge';
import { seedRegistrationVolume } from '../../scripts/demo/registrations';
import { createPostgresDatabase, dropPostgresDatabase } from '../support/postgres';
import startPostgresServer from '../support/postgres-server';
import { size } from './size';

export const ENGINE_NAMES: Record<Engine, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

/** One engine's benchmark database: opened like the app opens it, through the bridge's dispatcher. */
export interface BenchDatabase {
  engine: Engine;
  /** The SQLite file; on PostgreSQL its folder is only the data folder (attachments, backups). */
  databaseFile: string;
  /** The address of the PostgreSQL database, for a second connection (the browser's bridge, colleagues). */
  postgresUrl: string | undefined;
  dataSource: DataSource;
  dispatch: Dispatch;
  /** Closes the connection and removes the data: the SQLite folder, the PostgreSQL database. */
  remove(): Promise<void>;
}

/**
 * The PostgreSQL server the benchmark uses: the one at BG_TEST_PG_URL, or a throw-away one started
 * here, the way the test run does. Answers the function that stops a server started here.
 */
export function usePostgresServer(): () => void {
  const stop = startPostgresServer();
  return stop ?? (() => undefined);
}

/** A new, empty database on the engine, brought to the latest schema by the app's own migrations. */
export async function openBenchDatabase(engine: Engine): Promise<BenchDatabase> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), `bg-bench-${engine}-`));
  const databaseFile = path.join(folder, 'bench.sqlite');
  let database: string | undefined;
  let postgresUrl: string | undefined;
  if (engine === 'postgres') {
    database = await createPostgresDatabase();
    const url = new URL(process.env.BG_TEST_PG_URL!);
    url.pathname = `/${database}`;
    postgresUrl = url.toString();
  }
  const { dataSource, dispatch, close } = await openBridgeDatabase(databaseFile, { postgresUrl });
  return {
    engine,
    databaseFile,
    postgresUrl,
    dataSource,
    dispatch,
    async remove() {
      await close();
      if (database) await dropPostgresDatabase(database);
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * The registration volume written straight into the tables, then the database as it stands a
 * minute later in use: the app's own statistics step, and on PostgreSQL the server's autovacuum,
 * which after a bulk insert of this size marks the pages all-visible (index-only scans then skip
 * the table) and moves new trigram entries from the GIN index's pending list into the index. The
 * benchmark connects as the server's owner, so it can do here what the server does by itself.
 */
export async function seedVolume(database: BenchDatabase): Promise<void> {
  await seedRegistrationVolume(database.dataSource, size.registrations);
  await optimizeDatabase(database.dataSource);
  if (database.engine === 'postgres') await database.dataSource.query('VACUUM (ANALYZE)');
}
