import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { PostgresConnection } from '../../electron/db/connection';
import type { AccessLogDto } from '../../shared/api/audit';
import type { RegistrationDto } from '../../shared/api/registrations';
import { openTestDatabase, TEST_ENGINE, testActor, testDispatcher, type TestDatabase } from '../support/database';
import { data, vraaggezin } from '../support/registrations';
import { signInAs } from '../support/sign-in';

let db: TestDatabase;
const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
  await db.close();
});

type Log = { rows: AccessLogDto[]; total: number };

/** A `psql` prompt of one's own: the login's credentials straight at the server, without the app. */
async function psql(connection: PostgresConnection, statement: string): Promise<unknown[]> {
  const client = new pg.Client({ ...connection, ssl: false });
  await client.connect();
  try {
    return (await client.query<Record<string, unknown>>(statement)).rows;
  } finally {
    await client.end();
  }
}

describe('the inzagelog: who opened which family file when', () => {
  it('logs opening a family and a registration, and not a search', async () => {
    db = await openTestDatabase();
    const api = testDispatcher(db);
    const registration = data<RegistrationDto>(await api.dispatch('registrations.create', vraaggezin()));
    const child = registration.family.people.find((person) => person.role === 'kind')!;
    expect(data<Log>(await api.dispatch('accessLog.list', {})).total).toBe(0);
    data(await api.dispatch('families.get', { id: registration.family.id }));
    data(await api.dispatch('registrations.get', { id: registration.id }));
    // The page refetching the open file after a change is the same look at it.
    data(await api.dispatch('registrations.get', { id: registration.id }));
    data(await api.dispatch('families.search', { search: 'Jansen', kind: null, municipalityId: null, limit: 50 }));
    const log = data<Log>(await api.dispatch('accessLog.list', {}));
    expect(
      log.rows.map(({ actor, operation, entityType, entityId }) => ({ actor, operation, entityType, entityId })),
    ).toEqual([
      { actor: testActor(), operation: 'registrations.get', entityType: 'registration', entityId: registration.id },
      { actor: testActor(), operation: 'families.get', entityType: 'family', entityId: registration.family.id },
    ]);
    const ofFamily = data<Log>(
      await api.dispatch('accessLog.list', { entityType: 'family', entityId: registration.family.id }),
    );
    expect(ofFamily.total).toBe(1);
    expect(JSON.stringify(log)).not.toContain(child.firstName);
  });

  it.runIf(TEST_ENGINE === 'postgres')(
    "shows beheer who read a child's family, and no one else, in the app and at the server",
    async () => {
      db = await openTestDatabase();
      const anna = await signInAs(db, 'bg_test_backoffice', ['backoffice']);
      const beheer = await signInAs(db, 'bg_test_beheer', ['beheer']);
      const finance = await signInAs(db, 'bg_test_financien', ['financien']);
      closers.push(anna.close, beheer.close, finance.close);
      const registration = data<RegistrationDto>(await anna.dispatch('registrations.create', vraaggezin()));
      data(await anna.dispatch('families.get', { id: registration.family.id }));

      const log = data<Log>(await beheer.dispatch('accessLog.list', { entityType: 'family' }));
      expect(log.rows).toEqual([
        expect.objectContaining({ actor: 'bg_test_backoffice', entityId: registration.family.id }),
      ]);
      for (const colleague of [anna, finance]) {
        expect(await colleague.dispatch('accessLog.list', {})).toMatchObject({
          ok: false,
          error: { code: 'FORBIDDEN' },
        });
        await expect(psql(colleague.connection, 'SELECT * FROM "access_log"')).rejects.toMatchObject({ code: '42501' });
      }
      // Nobody writes a line in someone else's name, or removes one.
      await psql(
        anna.connection,
        `INSERT INTO "access_log" ("at", "actor", "operation", "entityType", "entityId")
        VALUES ('2026-11-29T10:00:00Z', 'bg_test_beheer', 'families.get', 'family', 1)`,
      );
      await expect(psql(anna.connection, 'DELETE FROM "access_log"')).rejects.toMatchObject({ code: '42501' });
      await expect(psql(beheer.connection, 'UPDATE "access_log" SET "actor" = \'x\'')).rejects.toMatchObject({
        code: '42501',
      });
      const all = data<Log>(await beheer.dispatch('accessLog.list', {}));
      expect(all.rows.map((row) => row.actor)).toEqual(['bg_test_backoffice', 'bg_test_backoffice']);
    },
  );
});
