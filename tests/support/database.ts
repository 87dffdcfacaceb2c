import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { MigrationClass } from '../../electron/db/data-source';
import { openDatabase } from '../../electron/db/open';
import { createDispatcher, type Dispatcher } from '../../electron/main/ipc/dispatch';
import type { Clock } from '../../electron/services/clock';
import { createHandlers } from '../../electron/services/handlers';
import { recordingDesktop } from '../../scripts/bridge/desktop';

export interface TestDatabase {
  folder: string;
  file: string;
  backupFolder: string;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** A real SQLite file in a fresh temporary folder, brought up by the real migrations. */
export async function openTestDatabase(migrations?: MigrationClass[]): Promise<TestDatabase> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bg-test-'));
  const file = path.join(folder, 'buurtgezinnen.sqlite');
  const backupFolder = path.join(folder, 'backups');
  const dataSource = await openDatabase(file, { backupFolder, migrations });
  return {
    folder,
    file,
    backupFolder,
    dataSource,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

export const fixedClock = (iso: string): Clock => ({ now: () => new Date(iso) });

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
