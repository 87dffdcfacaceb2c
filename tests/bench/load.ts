import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { inList, select, sql } from '../../electron/db/sql';
import type { Dispatch } from '../../electron/main/ipc/dispatch';
import { checkInvoiceNumbers, checkNoLostUpdate, type CheckResult } from './load-checks';
import type { ClientResult, ClientSettings, FromClient, ToClient } from './load-client';
import { prepareLoad } from './load-setup';
import { figures, mergeLogs, type OperationFigures } from './load-stats';

export interface LoadOptions {
  seconds: number;
  clients: number;
  thinkMs: number;
}

export interface LoadFigures extends LoadOptions {
  concepts: number;
  conceptsLeft: number;
  /** Records every colleague edits, and families each colleague edits alone. */
  sharedRecords: number;
  ownFamilies: number;
  setupSeconds: number;
  operations: OperationFigures[];
  total: { count: number; perSecond: number };
  invoiceNumbers: CheckResult;
  noLostUpdate: CheckResult;
  errors: string[];
}

/** The shared database the colleagues work in, and a connection of the benchmark's own to prepare and check it. */
export interface LoadTarget {
  dataSource: DataSource;
  dispatch: Dispatch;
  postgresUrl: string;
  dataFolder: string;
}

/**
 * Enough concepts that the colleagues do not run out: three per colleague per second of the run,
 * where smoke runs on a busy two-core machine finalised about one (BENCH_LOAD_CONCEPTS overrides).
 */
function conceptsFor(options: LoadOptions): number {
  const configured = Number(process.env.BENCH_LOAD_CONCEPTS);
  return configured > 0 ? configured : Math.ceil(options.seconds * options.clients * 3);
}

/** What a colleague's process answered at the end: its results, or why it stopped. */
type Ending = ClientResult | Error;

/** Starts one colleague's process; answers when it has its connection open. */
function startClient(settings: ClientSettings, results: Map<number, Ending>): Promise<ChildProcess> {
  const child = fork(path.join(__dirname, 'load-client.ts'), [JSON.stringify(settings)], {
    execArgv: ['--import', 'tsx'],
    stdio: 'inherit',
  });
  return new Promise((resolve, reject) => {
    child.on('message', (message: FromClient) => {
      if (message.type === 'ready') resolve(child);
      if (message.type === 'done') results.set(settings.client, message.result);
      if (message.type === 'failed') {
        const error = new Error(`colleague ${settings.client + 1}: ${message.message}`);
        results.set(settings.client, error);
        reject(error);
      }
    });
    child.on('error', reject);
    // Ending before it was ready (a crash while opening): nothing else would answer.
    child.once('exit', (code) =>
      reject(new Error(`colleague ${settings.client + 1} ended (${code}) before it was ready`)),
    );
  });
}

function finished(child: ChildProcess, client: number, results: Map<number, Ending>): Promise<ClientResult> {
  return new Promise((resolve, reject) => {
    const done = () => {
      const ending = results.get(client);
      if (ending instanceof Error) reject(ending);
      else if (ending) resolve(ending);
      else reject(new Error(`colleague ${client + 1} stopped without its results`));
    };
    // 'close' comes after the process ended and its channel closed, so its last message is in.
    if (child.exitCode !== null) done();
    else child.once('close', done);
  });
}

/**
 * Six colleagues (by default) at once on the shared PostgreSQL database, each a process with its own
 * connection and dispatcher, for `seconds`; then the invoice numbers and the edited records are
 * checked against what the colleagues were told.
 */
export async function runLoad(target: LoadTarget, options: LoadOptions): Promise<LoadFigures> {
  const setupStart = performance.now();
  const { plan, baseline } = await prepareLoad(target.dispatch, target.dataSource.manager, {
    clients: options.clients,
    concepts: conceptsFor(options),
    thinkMs: options.thinkMs,
  });
  const setupSeconds = (performance.now() - setupStart) / 1000;
  const results = new Map<number, Ending>();
  const children: ChildProcess[] = [];
  let all: ClientResult[];
  try {
    for (let client = 0; client < options.clients; client++) {
      children.push(
        await startClient({ client, postgresUrl: target.postgresUrl, dataFolder: target.dataFolder }, results),
      );
    }
    const go: ToClient = { type: 'go', plan, startAt: Date.now() + 500, seconds: options.seconds };
    for (const child of children) child.send(go);
    all = await Promise.all(children.map((child, client) => finished(child, client, results)));
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill();
  }
  const operations = figures(mergeLogs(all.map((result) => result.logs)), options.seconds).sort((a, b) =>
    a.label.localeCompare(b.label),
  );
  const count = operations.reduce((sum, operation) => sum + operation.count, 0);
  const manager = target.dataSource.manager;
  return {
    ...options,
    concepts: plan.concepts.length,
    conceptsLeft: (
      await select<{ id: number }>(
        manager,
        sql`SELECT "id" FROM "invoice" WHERE "status" = 'concept' AND "id" ${inList(plan.concepts)}`,
      )
    ).length,
    sharedRecords: plan.sharedMunicipalities.length + plan.sharedFamilies.length,
    ownFamilies: plan.ownFamilies[0]?.length ?? 0,
    setupSeconds,
    operations,
    total: { count, perSecond: count / options.seconds },
    invoiceNumbers: await checkInvoiceNumbers(
      manager,
      plan,
      all.map((result) => result.finalised),
    ),
    noLostUpdate: await checkNoLostUpdate(
      manager,
      plan,
      baseline,
      all.map((result) => result.writes),
    ),
    errors: all.flatMap((result) => result.errors.map((error) => `colleague ${result.client + 1}: ${error}`)),
  };
}
