import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { Engine } from '../../electron/db/sql';
import type { Dispatch } from '../../electron/main/ipc/dispatch';
import { openBridgeDatabase } from '../../scripts/bridge/bridge';
import { createPostgresDatabase, dropPostgresDatabase } from '../support/postgres';
import startPostgresServer from '../support/postgres-server';

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
