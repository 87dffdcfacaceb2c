import fs from 'node:fs';
import type { DataSource } from 'typeorm';
import { expect } from 'vitest';
import { createDataSource } from '../../electron/db/data-source';
import { openDatabase } from '../../electron/db/open';
import type { Clock } from '../../electron/services/clock';
import { periodFigures } from '../../electron/services/matches/stats';
import { ROLES, type Role } from '../../shared/api/access';
import { connectionAs, ensureTestAccount } from './accounts';
import { openTestDatabase, TEST_ENGINE, testDispatcher, type TestDatabase } from './database';
import { seedFoundation } from './foundation';
import { data } from './registrations';

/**
 * What the privacy tests look through: every table as the server's administrator (who reads all,
 * whatever the roles' grants) on PostgreSQL, the file itself on SQLite; the figures of the reports;
 * and colleagues signed in with fewer roles.
 */
export async function privacyProbe(db: TestDatabase, clock: Clock) {
  let administrator: DataSource | undefined;
  if (db.administrator.engine === 'postgres') {
    administrator = createDataSource(db.administrator, []);
    await administrator.initialize();
  }
  const api = testDispatcher(db, clock);
  const query = <T>(statement: string, parameters?: unknown[]) =>
    (administrator ?? db.dataSource).query<T[]>(statement, parameters);

  /**
   * Which values are still in the database: on SQLite in the bytes of the file and its WAL as they lie
   * on disk (the test database is not encrypted, so free pages and old copies are readable too); on
   * PostgreSQL in every row of every table, as text.
   */
  async function stillStored(searched: string[]): Promise<string[]> {
    if (TEST_ENGINE === 'sqlite') {
      const bytes = Buffer.concat(
        ['', '-wal']
          .filter((suffix) => fs.existsSync(db.file + suffix))
          .map((suffix) => fs.readFileSync(db.file + suffix)),
      );
      return searched.filter((value) => bytes.includes(Buffer.from(value, 'utf8')));
    }
    const tables = await query<{ name: string }>(
      `SELECT "table_name" AS "name" FROM information_schema.tables WHERE "table_schema" = 'public' AND "table_type" = 'BASE TABLE'`,
    );
    expect(tables.length).toBeGreaterThan(25);
    let text = '';
    for (const { name } of tables) {
      for (const row of await query<{ row: string }>(`SELECT t::text AS "row" FROM "${name}" t`))
        text += `${row.row}\n`;
    }
    return searched.filter((value) => text.includes(value));
  }

  /** The figures the half-year reports and Cijfers show, for every year and half of `years`. */
  async function figures(years: number[]) {
    const ctx = {
      manager: db.dataSource.manager,
      clock,
      actor: '',
      actorName: '',
      roles: ROLES,
      afterCommit: () => {},
    };
    const result: unknown[] = [];
    for (const year of years) {
      result.push(
        data(await api.dispatch('registrations.stats', { year })),
        data(await api.dispatch('matches.stats', { year })),
      );
      for (const [from, to] of [
        ['01-01', '06-30'],
        ['07-01', '12-31'],
      ])
        result.push(await periodFigures(ctx, { from: `${year}-${from}`, to: `${year}-${to}` }));
    }
    return result;
  }

  /** A colleague's own dispatcher on PostgreSQL, signed in with only these roles. */
  async function colleagueWith(login: string, roles: Role[]) {
    if (!administrator || db.administrator.engine !== 'postgres') throw new Error('Only on PostgreSQL');
    await ensureTestAccount(administrator, login, roles);
    const dataSource = await openDatabase(connectionAs(db.administrator, login), { backupFolder: db.backupFolder });
    return { dispatch: testDispatcher({ ...db, dataSource }, clock).dispatch, close: () => dataSource.destroy() };
  }

  return {
    administrator,
    query,
    stillStored,
    figures,
    colleagueWith,
    close: async () => {
      if (administrator?.isInitialized) await administrator.destroy();
    },
  };
}

/**
 * The inzage tests' database: the foundation's year of work (`seedFoundation`) and the two families
 * of its first match, whose files `opened` colleagues looked at first, so the inzagelog names them.
 */
export async function foundationWithMatch(opened: ('requesting' | 'support')[]) {
  const db = await openTestDatabase();
  let now = new Date('2026-11-20T10:00:00Z');
  const api = testDispatcher(db, { now: () => now });
  await seedFoundation(api.dispatch, (iso) => {
    now = new Date(iso);
  });
  const call = async <T>(name: string, input: unknown) => data<T>(await api.dispatch(name, input));
  const [match] = await db.dataSource.query<{ requestingFamilyId: number; supportFamilyId: number }[]>(
    'SELECT "requestingFamilyId", "supportFamilyId" FROM "match" ORDER BY "id" LIMIT 1',
  );
  const families = { requesting: match.requestingFamilyId, support: match.supportFamilyId };
  for (const which of opened) await call('families.get', { id: families[which] });
  return { db, call, families };
}
