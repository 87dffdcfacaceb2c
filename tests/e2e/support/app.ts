import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const ROOT = path.resolve(__dirname, '../../..');
const ARTIFACTS = path.join(ROOT, 'tests/.artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The bridge process: the built renderer and the real handlers on one SQLite file. */
export class Bridge {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  static start(databaseFile: string, options: { today?: string } = {}): Promise<Bridge> {
    const args = ['--import', 'tsx', 'scripts/bridge/server.ts', '--db', databaseFile];
    if (options.today) args.push('--today', options.today);
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

export function temporaryDatabase(): { file: string; remove: () => void } {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bg-e2e-'));
  return {
    file: path.join(folder, 'buurtgezinnen.sqlite'),
    remove: () => fs.rmSync(folder, { recursive: true, force: true }),
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
