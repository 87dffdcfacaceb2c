import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { postgresFromUrl } from '../../electron/db/connection';
import { startupConnection } from '../../electron/services/settings/computer';
import type { ConnectionDto } from '../../shared/api/connection';
import { TEST_ENGINE } from '../support/database';
import { scenario } from '../support/scenario';

const s = scenario('2026-11-23T09:00:00Z');
const { call, refusal } = s;

/** The test server, as a colleague would enter it (it listens on this computer only). */
function server(overrides: Record<string, unknown> = {}) {
  const { host, port, database, user, password } = postgresFromUrl(process.env.BG_TEST_PG_URL!);
  return { postgres: { host, port, database, user, password, tls: 'off', rememberPassword: true, ...overrides } };
}

describe('which database this computer works in', () => {
  it('works in its own file until told otherwise, and says which database it uses now', async () => {
    const connection = await call<ConnectionDto>('connection.get', {});
    expect(connection.current.engine).toBe(TEST_ENGINE);
    expect(connection.saved).toEqual({ engine: 'sqlite' });
    expect(connection.keychainAvailable).toBe(true);
  });

  it('tests a connection and says in Dutch, at the field, what is wrong', async () => {
    expect(await call<{ serverVersion: string }>('connection.test', server())).toMatchObject({
      serverVersion: expect.stringMatching(/^1[5-9]/),
    });
    const wrong = async (overrides: Record<string, unknown>) =>
      (await refusal('connection.test', server(overrides))).issues;
    expect(await wrong({ password: 'niet-goed' })).toEqual([
      { path: 'postgres.password', message: expect.stringMatching(/weigert/) },
    ]);
    expect(await wrong({ database: 'bestaat_niet' })).toEqual([
      { path: 'postgres.database', message: expect.stringMatching(/bestaat niet/) },
    ]);
    expect(await wrong({ port: 1 })).toEqual([
      { path: 'postgres.host', message: expect.stringMatching(/niet bereikbaar/) },
    ]);
    expect(await wrong({ host: 'db.voorbeeld.nl' })).toEqual([
      { path: 'postgres.tls', message: expect.stringMatching(/Zonder versleuteling/) },
    ]);
  });

  it('remembers the shared database for the next start, with the password only encrypted', async () => {
    const entered = server();
    const saved = await call<ConnectionDto>('connection.save', { engine: 'postgres', ...entered });
    expect(saved.saved).toMatchObject({ engine: 'postgres', user: entered.postgres.user, passwordRemembered: true });
    const file = fs.readFileSync(path.join(s.db.folder, 'deze-computer.json'), 'utf8');
    expect(file).not.toContain(entered.postgres.password);
    expect(fs.statSync(path.join(s.db.folder, 'deze-computer.json')).mode & 0o777).toBe(0o600);
    expect(startupConnection(s.db.folder, s.db.file, s.api.desktop.keychain)).toEqual({
      ...postgresFromUrl(process.env.BG_TEST_PG_URL!),
      tls: 'off',
    });

    // Saving again with the password field left empty keeps the remembered one.
    await call('connection.save', { engine: 'postgres', ...server({ password: '' }) });
    expect(startupConnection(s.db.folder, s.db.file, s.api.desktop.keychain)).toMatchObject({
      password: entered.postgres.password,
    });
    await call('connection.save', { engine: 'sqlite' });
    // This computer's own file, encrypted with the key its keychain keeps.
    expect(startupConnection(s.db.folder, s.db.file, s.api.desktop.keychain)).toEqual({
      engine: 'sqlite',
      file: s.db.file,
      key: expect.stringMatching(/^[0-9a-f]{64}$/) as unknown,
    });
  });

  it('does not save a shared database it cannot reach', async () => {
    expect((await refusal('connection.save', { engine: 'postgres', ...server({ password: 'fout' }) })).issues).toEqual([
      { path: 'postgres.password', message: expect.stringMatching(/weigert/) },
    ]);
    expect(startupConnection(s.db.folder, s.db.file, s.api.desktop.keychain).engine).toBe('sqlite');
  });
});
