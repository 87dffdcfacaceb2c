import type { DataSource } from 'typeorm';
import type { LiveChange } from '../../shared/api/live';
import type { DatabaseConnection } from '../db/connection';
import { openDatabase } from '../db/open';
import { ownedRestore } from '../db/restore';
import type { Clock } from '../services/clock';
import type { Desktop } from '../services/desktop';
import { createHandlers } from '../services/handlers';
import { startLive } from '../services/live/live';
import type { OpenSession } from '../services/session/gate';
import type { DataPaths } from '../services/settings/system';
import { createDispatcher, type Dispatcher, type Logger } from './ipc/dispatch';

export interface SessionParts {
  paths: DataPaths;
  desktop: Desktop;
  /** Who works on this computer's own file: the operating system's user. */
  computerUser: string;
  log: Logger;
  clock?: Clock;
  /** Where this app's pages hear what changed (the window, or the bridge's event stream). */
  onChange(change: LiveChange): void;
}

export interface WorkingSession extends OpenSession {
  dataSource: DataSource;
  dispatcher: Dispatcher;
}

/**
 * One colleague's work in one database: the connection, its live changes, and the dispatcher
 * that answers the page. The Electron main process and the bridge put it together the same way;
 * signing out closes all of it.
 */
export async function openSession(connection: DatabaseConnection, parts: SessionParts): Promise<WorkingSession> {
  const dataSource = await openDatabase(connection, { backupFolder: parts.paths.backupFolder });
  const live = await startLive(dataSource);
  const restore = ownedRestore(dataSource, parts.paths, parts.log);
  const dispatcher = createDispatcher(dataSource, createHandlers(parts.paths, parts.desktop, live.presence, restore), {
    computerUser: parts.computerUser,
    clock: parts.clock,
    log: parts.log,
    ...live.hooks,
  });
  const unsubscribe = live.subscribe((change) => parts.onChange(change));
  return {
    dataSource,
    dispatcher,
    dispatch: dispatcher.dispatch,
    async close() {
      unsubscribe();
      await live.stop();
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}
