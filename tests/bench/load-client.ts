import path from 'node:path';
import { postgresFromUrl } from '../../electron/db/connection';
import { openDatabase } from '../../electron/db/open';
import { createDispatcher } from '../../electron/main/ipc/dispatch';
import { createHandlers } from '../../electron/services/handlers';
import { recordingDesktop } from '../../scripts/bridge/desktop';
import { seededRandom } from '../../scripts/demo/data';
import { nextOperation, type AcceptedWrite, type Colleague } from './load-operations';
import type { LoadPlan } from './load-setup';
import { recordingDispatch, type OperationLogs } from './load-stats';

/**
 * One colleague on a computer of their own: a process with its own connection to the shared
 * database and its own dispatcher, as the app has. Started by load.ts, which sends the plan and the
 * moment to start; answers with everything it did.
 */
export interface ClientSettings {
  client: number;
  postgresUrl: string;
  dataFolder: string;
}

export type ToClient = { type: 'go'; plan: LoadPlan; startAt: number; seconds: number };

export interface ClientResult {
  client: number;
  logs: OperationLogs;
  writes: Record<string, AcceptedWrite[]>;
  finalised: number[];
  /** What the dispatcher logged as failed (kind and place, no data), the first few. */
  errors: string[];
}

export type FromClient =
  { type: 'ready' } | { type: 'done'; result: ClientResult } | { type: 'failed'; message: string };

/** Sends a message to load.ts; the last one also closes the channel, so the process can end. */
function send(message: FromClient, last = false): void {
  process.send!(message, undefined, {}, () => {
    if (last) process.disconnect();
  });
}

async function main() {
  const settings = JSON.parse(process.argv[2]) as ClientSettings;
  const dataSource = await openDatabase(postgresFromUrl(settings.postgresUrl), {
    backupFolder: path.join(settings.dataFolder, 'backups'),
  });
  const errors: string[] = [];
  const { dispatch } = createDispatcher(
    dataSource,
    createHandlers(
      {
        dataFolder: settings.dataFolder,
        databaseFile: path.join(settings.dataFolder, 'bench.sqlite'),
        backupFolder: path.join(settings.dataFolder, 'backups'),
      },
      recordingDesktop(),
    ),
    {
      computerUser: `collega ${settings.client + 1}`,
      log: { info: () => undefined, error: (message) => void (errors.length < 20 && errors.push(message)) },
    },
  );
  const go = await new Promise<ToClient>((resolve) => {
    process.once('message', (message: ToClient) => resolve(message));
    send({ type: 'ready' });
  });
  const logs: OperationLogs = {};
  const colleague: Colleague = {
    client: settings.client,
    plan: go.plan,
    random: seededRandom(1000 + settings.client),
    call: recordingDispatch(dispatch, logs),
    copies: new Map(),
    writes: {},
    page: [],
    concepts: [...go.plan.concepts],
    finalised: [],
    edits: 0,
    imports: 0,
  };
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, go.startAt - Date.now())));
  const end = go.startAt + go.seconds * 1000;
  while (Date.now() < end) {
    await nextOperation(colleague)(colleague);
    if (go.plan.thinkMs > 0) await new Promise((resolve) => setTimeout(resolve, go.plan.thinkMs));
  }
  await dataSource.destroy();
  send(
    {
      type: 'done',
      result: {
        client: settings.client,
        logs,
        writes: colleague.writes,
        finalised: colleague.finalised,
        errors,
      },
    },
    true,
  );
}

main().catch((error: unknown) => {
  send({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }, true);
  process.exitCode = 1;
});
