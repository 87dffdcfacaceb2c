import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { PostgresConnection } from '../../electron/db/connection';
import type { AccountDto, SessionDto } from '../../shared/api/accounts';
import type { AuditEntryDto } from '../../shared/api/audit';
import type { ApiResponse } from '../../shared/api/errors';
import { TEST_PASSWORD } from '../support/accounts';
import { openTestDatabase, TEST_ENGINE, testDispatcher, type TestDatabase } from '../support/database';
import { signInAs } from '../support/sign-in';

let db: TestDatabase;
const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
  await db.close();
});

function data<T>(response: ApiResponse<unknown>): T {
  if (!response.ok) throw new Error(JSON.stringify(response.error));
  return response.data as T;
}

async function colleague(login: string, roles: Parameters<typeof signInAs>[2]) {
  const signedIn = await signInAs(db, login, roles);
  closers.push(signedIn.close);
  return signedIn;
}

/** A `psql` prompt of one's own: the login's credentials straight at the server, without the app. */
async function psql<T>(connection: PostgresConnection, statement: string, parameters: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ ...connection, ssl: false });
  await client.connect();
  try {
    return (await client.query(statement, parameters)).rows as T[];
  } finally {
    await client.end();
  }
}

const newLogin = () => `bg_t_${randomBytes(4).toString('hex')}`;

describe.runIf(TEST_ENGINE === 'postgres')('colleagues with accounts of their own', () => {
  it('refuses finance a family in the app and at the server, and hides family history from it', async () => {
    db = await openTestDatabase();
    const backoffice = await colleague('bg_test_backoffice', ['backoffice']);
    const finance = await colleague('bg_test_financien', ['financien']);
    const refused = await finance.dispatch('families.get', { id: 1 });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringMatching(/rol Backoffice/) as unknown },
    });
    await expect(psql(finance.connection, 'SELECT * FROM "family"')).rejects.toMatchObject({ code: '42501' });
    await expect(psql(finance.connection, 'SELECT * FROM "person"')).rejects.toMatchObject({ code: '42501' });
    await expect(psql(backoffice.connection, 'SELECT * FROM "invoice"')).rejects.toMatchObject({ code: '42501' });

    await psql(
      backoffice.connection,
      `INSERT INTO "audit_entry" ("at", "actor", "operation", "entityType", "entityId", "changes")
      VALUES ('2026-11-29T10:00:00Z', 'x', 'families.update', 'family', 1, '[]')`,
    );
    expect(await psql(backoffice.connection, 'SELECT "entityType" FROM "audit_entry"')).toHaveLength(1);
    expect(await psql(finance.connection, 'SELECT "entityType" FROM "audit_entry"')).toEqual([]);
  });

  it('names the real login in an audit entry written at a psql prompt in someone else’s name, and keeps it unchangeable', async () => {
    db = await openTestDatabase();
    const backoffice = await colleague('bg_test_backoffice', ['backoffice']);
    await colleague('bg_test_beheer', ['beheer']);
    const [written] = await psql<{ actor: string }>(
      backoffice.connection,
      `INSERT INTO "audit_entry" ("at", "actor", "operation", "entityType", "entityId", "changes")
      VALUES ('2026-11-29T10:00:00Z', 'bg_test_beheer', 'families.update', 'family', 1, '[]') RETURNING "actor"`,
    );
    expect(written.actor).toBe('bg_test_backoffice');
    await expect(psql(backoffice.connection, `UPDATE "audit_entry" SET "actor" = 'iemand'`)).rejects.toMatchObject({
      code: '42501',
    });
    await expect(psql(backoffice.connection, 'DELETE FROM "audit_entry"')).rejects.toMatchObject({ code: '42501' });
    await expect(psql(backoffice.connection, 'SET ROLE "bg_test_beheer"')).rejects.toMatchObject({ code: '42501' });
  });

  it('lets beheer create, disable, re-enable an account and reset its password; the account works as its roles say', async () => {
    db = await openTestDatabase();
    const admin = await colleague('bg_test_beheer', ['beheer']);
    const login = newLogin();
    const created = data<AccountDto>(
      await admin.dispatch('accounts.create', {
        login,
        name: 'Anna de Vries',
        roles: ['backoffice'],
        password: 'een-tijdelijk-wachtwoord',
      }),
    );
    expect(created).toMatchObject({ login, name: 'Anna de Vries', roles: ['backoffice'], enabled: true });
    const anna = { ...admin.connection, user: login, password: 'een-tijdelijk-wachtwoord' };
    expect(await psql(anna, 'SELECT COUNT(*)::int AS n FROM "family"')).toEqual([{ n: 0 }]);

    data(
      await admin.dispatch('accounts.update', {
        id: created.id,
        name: 'Anna de Vries',
        roles: ['backoffice'],
        enabled: false,
        was: { name: 'Anna de Vries', roles: ['backoffice'], enabled: true },
      }),
    );
    await expect(psql(anna, 'SELECT 1')).rejects.toMatchObject({ code: '28000' });
    // A second beheerder's form still showed her enabled: its save would silently enable her again.
    const stale = await admin.dispatch('accounts.update', {
      id: created.id,
      name: 'Anna de Vries-Bos',
      roles: ['backoffice'],
      enabled: true,
      was: { name: 'Anna de Vries', roles: ['backoffice'], enabled: true },
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'STALE' } });
    await expect(psql(anna, 'SELECT 1')).rejects.toMatchObject({ code: '28000' });
    data(
      await admin.dispatch('accounts.update', {
        id: created.id,
        name: 'Anna de Vries',
        roles: ['financien'],
        enabled: true,
        was: { name: 'Anna de Vries', roles: ['backoffice'], enabled: false },
      }),
    );
    data(await admin.dispatch('accounts.resetPassword', { id: created.id, password: 'nog-een-ander-wachtwoord' }));
    await expect(psql(anna, 'SELECT 1')).rejects.toMatchObject({ code: '28P01' });
    const renewed = { ...anna, password: 'nog-een-ander-wachtwoord' };
    await expect(psql(renewed, 'SELECT * FROM "family"')).rejects.toMatchObject({ code: '42501' });

    const history = data<AuditEntryDto[]>(
      await admin.dispatch('audit.history', { entityType: 'account', entityId: created.id }),
    );
    expect(history.map((entry) => [entry.actor, entry.operation])).toEqual([
      ['bg_test_beheer', 'accounts.resetPassword'],
      ['bg_test_beheer', 'accounts.update'],
      ['bg_test_beheer', 'accounts.update'],
      ['bg_test_beheer', 'accounts.create'],
    ]);
    expect(JSON.stringify(history)).not.toMatch(/wachtwoord|SCRAM/);
  });

  it('keeps accounts to beheer, and beheer away from administrators and from locking itself out', async () => {
    db = await openTestDatabase();
    const admin = await colleague('bg_test_beheer', ['beheer']);
    const backoffice = await colleague('bg_test_backoffice', ['backoffice']);
    const attempt = { login: newLogin(), name: 'X', roles: ['beheer'], password: 'een-lang-wachtwoord' };
    expect(await backoffice.dispatch('accounts.create', attempt)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await expect(
      psql(
        backoffice.connection,
        `SELECT "buurtgezinnen_create_account"('x_x', 'x', ARRAY['beheer'], 'SCRAM-SHA-256$x')`,
      ),
    ).rejects.toMatchObject({ code: '42501' });
    await expect(
      psql(admin.connection, `SELECT "buurtgezinnen_update_account"('postgres', 'x', ARRAY['beheer'], true)`),
    ).rejects.toMatchObject({ code: '42501' });
    await expect(psql(admin.connection, 'CREATE ROLE "boef" SUPERUSER')).rejects.toMatchObject({ code: '42501' });
    const self = data<AccountDto[]>(await admin.dispatch('accounts.list', {})).find(
      (a) => a.login === 'bg_test_beheer',
    )!;
    const locked = await admin.dispatch('accounts.update', {
      id: self.id,
      name: 'Beheer',
      roles: ['beheer'],
      enabled: false,
      was: { name: self.name, roles: self.roles, enabled: self.enabled },
    });
    expect(locked).toMatchObject({ ok: false, error: { issues: [{ path: 'enabled' }] } });
    expect(await admin.dispatch('accounts.create', { ...attempt, login: 'bg_test_backoffice' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'login' }] },
    });
  });

  it('says who is signed in and in which roles, and lets them change their own password', async () => {
    db = await openTestDatabase();
    const finance = await colleague('bg_test_financien', ['financien']);
    expect(data<SessionDto>(await finance.dispatch('session.current', {}))).toEqual({
      signedIn: true,
      engine: 'postgres',
      login: 'bg_test_financien',
      name: 'bg_test_financien',
      roles: ['financien'],
    });
    const mismatch = await finance.dispatch('session.changePassword', {
      password: 'een-nieuw-wachtwoord',
      repeat: 'anders',
    });
    expect(mismatch).toMatchObject({ ok: false, error: { issues: [{ path: 'repeat' }] } });
    data(await finance.dispatch('session.changePassword', { password: TEST_PASSWORD, repeat: TEST_PASSWORD }));
    expect(await psql(finance.connection, 'SELECT session_user AS "login"')).toEqual([{ login: 'bg_test_financien' }]);
  });
});

describe.runIf(TEST_ENGINE === 'sqlite')('one computer', () => {
  it('names the operating system’s user, who holds every role and needs no account', async () => {
    db = await openTestDatabase();
    const api = testDispatcher(db);
    expect(data<SessionDto>(await api.dispatch('session.current', {}))).toEqual({
      signedIn: true,
      engine: 'sqlite',
      login: 'testgebruiker',
      name: 'testgebruiker',
      roles: ['beheer', 'backoffice', 'financien'],
    });
    expect(await api.dispatch('accounts.list', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringMatching(/alleen in de gedeelde database/) as unknown },
    });
  });
});
