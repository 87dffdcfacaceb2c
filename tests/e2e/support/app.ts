import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { postgresFromUrl } from '../../../electron/db/connection';
import { openDatabase } from '../../../electron/db/open';
import type { Role } from '../../../shared/api/access';
import { ensureTestAccount, TEST_PASSWORD } from '../../support/accounts';
import { TEST_ENGINE } from '../../support/database';
import { createPostgresDatabase, dropPostgresDatabase } from '../../support/postgres';

const ROOT = path.resolve(__dirname, '../../..');
const ARTIFACTS = path.join(ROOT, 'tests/.artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The bridge process: the built renderer and the real handlers on one SQLite file. */
export class Bridge {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  /** `as`: on PostgreSQL, a colleague signed in with an account of their own instead of the administrator. */
  static async start(
    database: TemporaryDatabase,
    options: { today?: string; as?: TestColleague; signedOut?: boolean } = {},
  ): Promise<Bridge> {
    const args = ['--import', 'tsx', 'scripts/bridge/server.ts', '--db', database.file];
    const postgresUrl =
      options.as && TEST_ENGINE === 'postgres' ? await database.colleagueUrl(options.as) : await database.postgresUrl();
    if (postgresUrl) args.push('--pg', postgresUrl);
    if (options.today) args.push('--today', options.today);
    if (options.signedOut) args.push('--signed-out');
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    return new Promise((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /BRIDGE_URL=(\S+)/.exec(output);
        if (match) resolve(new Bridge(child, match[1]));
      });
      child.once('exit', (code) => reject(new Error(`bridge stopped before listening (exit ${code})`)));
    });
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      this.child.once('exit', () => resolve());
      this.child.kill('SIGTERM');
    });
  }
}

export function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium or set CHROMIUM_PATH`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** A colleague with an account of their own on the test server. */
export interface TestColleague {
  login: string;
  name?: string;
  roles: readonly Role[];
}

export interface TemporaryDatabase {
  /** The SQLite file; its folder is the data folder (attachments, downloads) on either engine. */
  file: string;
  /** On the postgres test project: the address of a database of this test file's own, made at first use. */
  postgresUrl(): Promise<string | undefined>;
  /** On PostgreSQL: the address as a colleague with an account of their own (made at first use) signs in. */
  colleagueUrl(colleague: TestColleague): Promise<string>;
  remove(): Promise<void>;
}

/** A data folder of the test file's own, and on PostgreSQL a fresh database on the test server. */
export function temporaryDatabase(): TemporaryDatabase {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bg-e2e-'));
  let postgres: Promise<string> | undefined;
  return {
    file: path.join(folder, 'buurtgezinnen.sqlite'),
    postgresUrl() {
      if (TEST_ENGINE !== 'postgres') return Promise.resolve(undefined);
      postgres ??= createPostgresDatabase();
      return postgres.then((name) => {
        const url = new URL(process.env.BG_TEST_PG_URL!);
        url.pathname = `/${name}`;
        return url.toString();
      });
    },
    async colleagueUrl({ login, roles, name }) {
      const url = new URL((await this.postgresUrl())!);
      // The administrator builds the schema first: a colleague's login may not.
      const owner = await openDatabase(postgresFromUrl(url.toString()), { backupFolder: folder });
      try {
        await ensureTestAccount(owner, login, roles, name);
      } finally {
        await owner.destroy();
      }
      url.username = login;
      url.password = TEST_PASSWORD;
      return url.toString();
    },
    async remove() {
      if (postgres) await dropPostgresDatabase(await postgres);
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/** Calls a contract operation through the page's own `window.api`, as the app would. */
export function callInPage(page: Page, name: string, input: unknown): Promise<unknown> {
  type PageGlobals = { api: Record<string, (input: unknown) => Promise<unknown>> };
  return page.evaluate(([n, i]) => (globalThis as unknown as PageGlobals).api[n](i), [name, input] as const);
}

/** The same, answering the data of an accepted call and failing the test on a refusal. */
export async function callApi<T>(page: Page, name: string, input: unknown): Promise<T> {
  const response = (await callInPage(page, name, input)) as { ok: boolean; data: T; error?: unknown };
  if (!response.ok) throw new Error(JSON.stringify(response.error));
  return response.data;
}
