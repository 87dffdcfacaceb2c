import { randomUUID } from 'node:crypto';
import type { ClientConfig } from 'pg';
import type { DataSource, DataSourceOptions, EntityManager } from 'typeorm';
import type { LiveChange } from '../../../shared/api/live';
import type { Change } from '../../main/ipc/dispatch';
import { listen, type ListenerOptions } from './listener';
import { CHANGES_CHANNEL, notify, PRESENCE_CHANNEL, readChange, readPresence } from './messages';
import { nobodyElse, PresenceBoard, sharedPresence, type Presence } from './presence';

/** How the listening connection shows among the server's sessions (`pg_stat_activity`). */
export const LISTENER_APPLICATION_NAME = 'Buurtgezinnen Backoffice (live)';

/** A bulk change past this many ids announces its kinds only: a NOTIFY carries at most 8000 bytes. */
const MAX_ANNOUNCED_IDS = 500;

export interface Live {
  /** For the dispatcher: announce inside a command's transaction, and tell this app's pages after it. */
  hooks: {
    announce?: (manager: EntityManager, change: Change) => Promise<void>;
    committed: (change: Change) => void;
  };
  presence: Presence;
  /** Hears every change the pages should refetch for; answers a function that stops hearing. */
  subscribe(listener: (change: LiveChange) => void): () => void;
  stop(): Promise<void>;
}

/**
 * Keeps this app's pages current. Its own commands reach them at commit; on the shared database
 * colleagues' commands and open drawers arrive over LISTEN/NOTIFY. On SQLite nothing leaves the
 * process: there is one user on one computer.
 */
export async function startLive(
  dataSource: DataSource,
  timing: Pick<ListenerOptions, 'firstDelay' | 'maxDelay' | 'pingEvery'> = {},
): Promise<Live> {
  const listeners = new Set<(change: LiveChange) => void>();
  const deliver = (change: LiveChange) => listeners.forEach((listener) => listener(change));
  const subscribe = (listener: (change: LiveChange) => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  const committed = (change: Change) => deliver({ kinds: change.kinds });
  if (dataSource.options.type !== 'postgres') {
    return { hooks: { committed }, presence: nobodyElse, subscribe, stop: () => Promise.resolve() };
  }

  const source = randomUUID();
  const board = new PresenceBoard();
  const listening = await listen({
    ...timing,
    config: listenerConfig(dataSource.options),
    channels: [CHANGES_CHANNEL, PRESENCE_CHANNEL],
    onMessage(channel, payload) {
      if (channel === CHANGES_CHANNEL) {
        const change = readChange(payload);
        // An app hears its own announcements too; its pages heard of them at commit.
        if (change?.source !== source) deliver(change ? { kinds: change.kinds } : { everything: true });
      } else {
        const said = readPresence(payload);
        if (said && said.source !== source && board.heard(said)) deliver({ kinds: ['presence'] });
      }
    },
    onReconnected: () => deliver({ everything: true }),
  });
  const announce = (manager: EntityManager, change: Change) =>
    notify(manager, CHANGES_CHANNEL, {
      source,
      operation: change.operation,
      kinds: change.kinds,
      ids: change.ids.length <= MAX_ANNOUNCED_IDS ? change.ids : [],
    });
  return {
    hooks: { announce, committed },
    presence: sharedPresence(source, board),
    subscribe,
    stop: () => listening.stop(),
  };
}

/** The DataSource's own server, database and login, on a connection of its own. */
function listenerConfig(options: Extract<DataSourceOptions, { type: 'postgres' }>): ClientConfig {
  return {
    host: options.host,
    port: options.port,
    database: options.database,
    user: options.username,
    password: options.password,
    // TypeORM passes this same value to the same pg driver; its type is only drawn wider.
    ssl: options.ssl as ClientConfig['ssl'],
    application_name: LISTENER_APPLICATION_NAME,
  };
}
