import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { _electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callInPage } from './support/app';

const ROOT = path.resolve(__dirname, '../..');

/** The path of the Electron binary, or null where it was not downloaded (as on the build machines). */
function electronBinary(): string | null {
  try {
    const binary = createRequire(import.meta.url)('electron') as string;
    return fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary)
  console.warn(
    'Electron smoke test SKIPPED: no Electron binary on this machine (installed with ELECTRON_SKIP_BINARY_DOWNLOAD).',
  );

describe.skipIf(!binary)('the Electron app (smoke test)', () => {
  it('opens its window on a new data folder, creates the database and answers over IPC', async () => {
    const dataFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'bg-electron-'));
    const app = await _electron.launch({
      executablePath: binary!,
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), ROOT],
      env: { ...process.env, BUURTGEZINNEN_DATA_DIR: dataFolder },
    });
    try {
      const page = await app.firstWindow();
      await page.getByRole('heading', { name: 'Aanmeldingen' }).waitFor();
      expect(await callInPage(page, 'municipalities.list', {})).toEqual({ ok: true, data: [] });
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    } finally {
      await app.close();
    }
    expect(fs.existsSync(path.join(dataFolder, 'buurtgezinnen.sqlite'))).toBe(true);
    fs.rmSync(dataFolder, { recursive: true, force: true });
  });
});
