import { afterEach, describe, expect, it } from 'vitest';
import type { PostgresConnection } from '../../electron/db/connection';
import { openDatabase } from '../../electron/db/open';
import { createSessionGate, type SessionGate } from '../../electron/services/session/gate';
import { ensureTestAccount, TEST_PASSWORD } from '../support/accounts';
import {
  openTestDatabase,
  queryAsAdministrator,
  TEST_ENGINE,
  testDispatcher,
  type TestDatabase,
} from '../support/database';

let db: TestDatabase;
let gate: SessionGate;
afterEach(async () => {
  await gate.close();
  await db.close();
});

describe.runIf(TEST_ENGINE === 'postgres')('signing in to the shared database', () => {
  it('answers nothing but signing in until a colleague signed in with their own account, and closes on signing out', async () => {
    db = await openTestDatabase();
    await ensureTestAccount(
      { query: (s: string, p?: unknown[]) => queryAsAdministrator(db, s, p) },
      'bg_test_financien',
      ['financien'],
    );
    const { password: _password, user: _user, ...server } = db.administrator as PostgresConnection;
    const remembered: [string, boolean][] = [];
    let opened = 0;
    gate = createSessionGate(
      {
        target: { ...server, user: 'bg_test_financien' },
        async open(connection) {
          const dataSource = await openDatabase(connection, { backupFolder: db.backupFolder });
          opened += 1;
          return { dispatch: testDispatcher({ ...db, dataSource }).dispatch, close: () => dataSource.destroy() };
        },
        remember: (connection, keep) => remembered.push([connection.user, keep]),
      },
      null,
    );
    expect(await gate.dispatch('session.current', {})).toEqual({
      ok: true,
      data: {
        signedIn: false,
        engine: 'postgres',
        server: server.host,
        database: server.database,
        login: 'bg_test_financien',
      },
    });
    expect(await gate.dispatch('municipalities.list', {})).toMatchObject({ ok: false, error: { code: 'SIGNED_OUT' } });

    const wrong = await gate.dispatch('session.signIn', {
      login: 'bg_test_financien',
      password: 'fout',
      remember: true,
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'password' }] } });
    expect(
      await gate.dispatch('session.signIn', { login: 'bg_test_financien', password: TEST_PASSWORD, remember: true }),
    ).toEqual({
      ok: true,
      data: {
        signedIn: true,
        engine: 'postgres',
        login: 'bg_test_financien',
        name: 'bg_test_financien',
        roles: ['financien'],
      },
    });
    expect(remembered).toEqual([['bg_test_financien', true]]);
    expect(await gate.dispatch('municipalities.list', {})).toMatchObject({ ok: true });
    expect(await gate.dispatch('session.signIn', { login: 'x', password: 'y', remember: false })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });

    expect(await gate.dispatch('session.signOut', {})).toMatchObject({ ok: true, data: { signedIn: false } });
    expect(remembered.at(-1)).toEqual(['bg_test_financien', false]);
    expect(gate.current()).toBeNull();
    expect(await gate.dispatch('municipalities.list', {})).toMatchObject({ ok: false, error: { code: 'SIGNED_OUT' } });
    expect(opened).toBe(1);
  });
});

describe.runIf(TEST_ENGINE === 'sqlite')('one computer', () => {
  it('is open from the start and has no signing in or out', async () => {
    db = await openTestDatabase();
    const api = testDispatcher(db);
    gate = createSessionGate(
      { target: null, open: () => Promise.reject(new Error('never')), remember: () => undefined },
      { dispatch: api.dispatch, close: () => Promise.resolve() },
    );
    expect(await gate.dispatch('session.current', {})).toMatchObject({
      ok: true,
      data: { signedIn: true, engine: 'sqlite' },
    });
    expect(await gate.dispatch('session.signIn', { login: 'a', password: 'b', remember: false })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await gate.dispatch('session.signOut', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
