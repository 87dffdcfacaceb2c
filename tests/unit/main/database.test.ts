import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DatabaseConnection } from '../../../electron/db/connection';
import { readSavedConnection, rememberSignIn } from '../../../electron/services/settings/computer';
import { recordingDesktop } from '../../../scripts/bridge/desktop';

/** A stand-in for Electron's dialog: answers with the button the test chose. */
const dialog = vi.hoisted(() => ({ choice: 0, shown: 0 }));
vi.mock('electron', () => ({
  dialog: {
    showMessageBoxSync: () => {
      dialog.shown += 1;
      return dialog.choice;
    },
  },
}));

const { openConfiguredSession } = await import('../../../electron/main/database');

const server = {
  engine: 'postgres' as const,
  host: 'db.stichting.nl',
  port: 5432,
  database: 'bg',
  tls: 'verify' as const,
};
const keychain = recordingDesktop().keychain;
let folder: string;
let paths: { dataFolder: string; databaseFile: string; backupFolder: string };
const session = { dispatch: () => Promise.resolve({ ok: true as const, data: null }), close: () => Promise.resolve() };

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bg-start-'));
  paths = {
    dataFolder: folder,
    databaseFile: path.join(folder, 'b.sqlite'),
    backupFolder: path.join(folder, 'backups'),
  };
  dialog.shown = 0;
});
afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('starting the app', () => {
  it('opens the computer’s own file without asking anyone to sign in', async () => {
    const opened: DatabaseConnection[] = [];
    const result = await openConfiguredSession(paths, keychain, (connection) => {
      opened.push(connection);
      return Promise.resolve(session);
    });
    expect(result).toBe(session);
    // Encrypted with a key the keychain keeps, made on this first start.
    expect(opened).toEqual([
      { engine: 'sqlite', file: paths.databaseFile, key: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown },
    ]);
  });

  it('asks the colleague to sign in when no password is remembered, or the server refuses the remembered one', async () => {
    rememberSignIn(folder, { ...server, user: 'anna', password: 'geheim' }, false, keychain);
    const open = vi.fn(() => Promise.resolve(session));
    expect(await openConfiguredSession(paths, keychain, open)).toBeNull();
    expect(open).not.toHaveBeenCalled();

    rememberSignIn(folder, { ...server, user: 'anna', password: 'oud' }, true, keychain);
    const refused = Object.assign(new Error('password authentication failed'), { code: '28P01' });
    expect(await openConfiguredSession(paths, keychain, () => Promise.reject(refused))).toBeNull();
    expect(dialog.shown).toBe(0);
  });

  it('keeps a remembered password only encrypted, and forgets it on signing out', () => {
    rememberSignIn(folder, { ...server, user: 'anna', password: 'geheim-wachtwoord' }, true, keychain);
    expect(fs.readFileSync(path.join(folder, 'deze-computer.json'), 'utf8')).not.toContain('geheim-wachtwoord');
    rememberSignIn(folder, { ...server, user: 'anna', password: '' }, false, keychain);
    expect(readSavedConnection(folder)).toMatchObject({ user: 'anna', protectedPassword: null });
  });

  it('offers the computer’s own file when the server cannot be reached', async () => {
    rememberSignIn(folder, { ...server, user: 'anna', password: 'geheim' }, true, keychain);
    dialog.choice = 1;
    const unreachable = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    const opened: DatabaseConnection['engine'][] = [];
    const result = await openConfiguredSession(paths, keychain, (connection) => {
      opened.push(connection.engine);
      return connection.engine === 'sqlite' ? Promise.resolve(session) : Promise.reject(unreachable);
    });
    expect(result).toBe(session);
    expect(opened).toEqual(['postgres', 'sqlite']);
    expect(readSavedConnection(folder)).toEqual({ engine: 'sqlite' });
  });
});
