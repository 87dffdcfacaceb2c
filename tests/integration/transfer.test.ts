import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresFromUrl, type PostgresConnection } from '../../electron/db/connection';
import { openDatabase } from '../../electron/db/open';
import { select, sql } from '../../electron/db/sql';
import { DomainError } from '../../electron/services/errors';
import { startupConnection } from '../../electron/services/settings/computer';
import {
  transferToPostgres,
  type TableCount,
  type TransferProgress,
} from '../../electron/services/transfer/transfer-to-postgres';
import type { TransferResultDto } from '../../shared/api/connection';
import type { FamilyDto } from '../../shared/api/families';
import type { DueInstalmentDto, InvoiceDto } from '../../shared/api/invoices';
import type { RegistrationDto } from '../../shared/api/registrations';
import { openTestDatabase, testDispatcher, type TestDatabase } from '../support/database';
import { seedFoundation } from '../support/foundation';
import { createPostgresDatabase, dropPostgresDatabase } from '../support/postgres';
import { data, municipality, vraaggezin } from '../support/registrations';

type Row = Record<string, unknown>;

/** What the shared database starts from: a new, empty database on the test server. */
async function newSharedDatabase(): Promise<PostgresConnection> {
  return postgresFromUrl(process.env.BG_TEST_PG_URL!, await createPostgresDatabase());
}

/** The shared database as a colleague's app opens it, with a dispatcher of its own. */
async function openShared(connection: PostgresConnection): Promise<TestDatabase> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bg-shared-'));
  const backupFolder = path.join(folder, 'backups');
  const dataSource = await openDatabase(connection, { backupFolder });
  return {
    folder,
    file: path.join(folder, 'buurtgezinnen.sqlite'),
    connection,
    administrator: connection,
    backupFolder,
    dataSource,
    async close() {
      await dataSource.destroy();
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Every table the entities describe, join tables included: the list the transfer must cover. */
function entityTables(dataSource: DataSource): string[] {
  return [...new Set(dataSource.entityMetadatas.map((metadata) => metadata.tableName))].sort();
}

async function countsOf(dataSource: DataSource, tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await dataSource.query<{ n: number | string }[]>(`SELECT COUNT(*) AS n FROM "${table}"`);
    counts[table] = Number(row.n);
  }
  return counts;
}

/** A table's rows in the order of its primary key, as the entities name it. */
function rows(dataSource: DataSource, entities: DataSource, table: string): Promise<Row[]> {
  const metadata = entities.entityMetadatas.find((candidate) => candidate.tableName === table)!;
  const key = metadata.primaryColumns.map((column) => `"${column.databaseName}"`).join(', ');
  return dataSource.query<Row[]>(`SELECT * FROM "${table}" ORDER BY ${key}`);
}

/** SQLite answers a boolean as 0 or 1; where PostgreSQL answers a boolean, read SQLite's the same way. */
function likePostgres(sqliteRow: Row, postgresRow: Row): Row {
  return Object.fromEntries(
    Object.entries(sqliteRow).map(([column, value]) => [
      column,
      typeof postgresRow[column] === 'boolean' && typeof value === 'number' ? value === 1 : value,
    ]),
  );
}

// The source is one computer's SQLite file; the postgres project would only repeat the same run.
describe('moving a foundation to the shared database', () => {
  let source: TestDatabase;
  let sourceApi: ReturnType<typeof testDispatcher>;
  let target: PostgresConnection;
  let counts: TableCount[];
  const progress: TransferProgress[] = [];
  const clock = { at: new Date('2026-11-20T10:00:00Z'), now: () => clock.at };
  const setNow = (iso: string) => {
    clock.at = new Date(iso);
  };
  const extraDatabases: string[] = [];

  beforeAll(async () => {
    source = await openTestDatabase();
    sourceApi = testDispatcher(source, clock);
    await seedFoundation(sourceApi.dispatch, setNow);
    // A family erased on request and a retention run, so that their logs are copied too.
    const erased = data<RegistrationDto>(
      await sourceApi.dispatch('registrations.create', {
        ...vraaggezin({ postcode: '2011 XX' }),
        acceptDuplicate: true,
      }),
    );
    data(await sourceApi.dispatch('privacy.erase', { id: erased.family.id, reason: 'Verzoek van het gezin' }));
    data(await sourceApi.dispatch('privacy.retentionRun', { keys: [] }));
    target = await newSharedDatabase();
    counts = await transferToPostgres(source.dataSource, target, (step) => progress.push(step));
  }, 120_000);
  afterAll(async () => {
    await source?.close();
    for (const name of [target?.database, ...extraDatabases]) if (name) await dropPostgresDatabase(name);
  });

  it('copies every table of the entities, each with as many rows as on the computer', async () => {
    const tables = entityTables(source.dataSource);
    expect(tables).toContain('municipality_coordinator');
    expect(counts.map((count) => count.table).sort()).toEqual(tables);
    const before = await countsOf(source.dataSource, tables);
    // The data cover every table, so a table left out or half copied cannot pass unseen.
    expect(Object.entries(before).filter(([, n]) => n === 0)).toEqual([]);
    expect(Object.fromEntries(counts.map(({ table, rows }) => [table, rows]))).toEqual(before);
    const shared = await openShared(target);
    try {
      expect(await countsOf(shared.dataSource, tables)).toEqual(before);
    } finally {
      await shared.close();
    }
    for (const { table, rows } of counts)
      expect(progress.filter((p) => p.table === table).at(-1)).toMatchObject({ copied: rows, total: rows });
  });

  it('keeps every row with its id, field by field, booleans as booleans and files as bytes', async () => {
    const shared = await openShared(target);
    try {
      for (const table of entityTables(source.dataSource)) {
        const copied = await rows(shared.dataSource, source.dataSource, table);
        const original = await rows(source.dataSource, source.dataSource, table);
        expect(copied.length, table).toBe(original.length);
        expect(copied, table).toEqual(original.map((row, index) => likePostgres(row, copied[index])));
      }
      const [municipalityRow] = await select<{ active: unknown }>(
        shared.dataSource.manager,
        sql`SELECT "active" FROM "municipality" WHERE "active" = ${false}`,
      );
      expect(municipalityRow.active).toBe(false);
      const [file] = await select<{ content: unknown }>(
        shared.dataSource.manager,
        sql`SELECT "content" FROM "stored_file" LIMIT 1`,
      );
      expect(Buffer.isBuffer(file.content)).toBe(true);
    } finally {
      await shared.close();
    }
  });

  it('shows a family with its people and an invoice with its number and payments as before', async () => {
    const shared = await openShared(target);
    try {
      const sharedApi = testDispatcher(shared, clock);
      const [{ id: familyId }] = await select<{ id: number }>(
        source.dataSource.manager,
        sql`SELECT "requestingFamilyId" AS "id" FROM "match" LIMIT 1`,
      );
      const family = data<FamilyDto>(await sourceApi.dispatch('families.get', { id: familyId }));
      expect(family.people.length).toBeGreaterThan(1);
      expect(data<FamilyDto>(await sharedApi.dispatch('families.get', { id: familyId }))).toEqual(family);

      const [{ id: invoiceId }] = await select<{ id: number }>(
        source.dataSource.manager,
        sql`SELECT "invoiceId" AS "id" FROM "invoice_payment" ORDER BY "id" DESC LIMIT 1`,
      );
      const invoice = data<InvoiceDto>(await sourceApi.dispatch('invoices.get', { id: invoiceId }));
      expect(invoice).toMatchObject({ status: 'final', number: expect.stringMatching(/^\d{4}-\d{4}$/) });
      expect(invoice.payments.length).toBeGreaterThan(0);
      expect(data<InvoiceDto>(await sharedApi.dispatch('invoices.get', { id: invoiceId }))).toEqual(invoice);
    } finally {
      await shared.close();
    }
  });

  it('continues invoice numbers and ids after the transferred ones', async () => {
    const shared = await openShared(target);
    try {
      setNow('2027-04-02T10:00:00Z');
      const sharedApi = testDispatcher(shared, clock);
      const call = async <T>(name: string, input: unknown) => data<T>(await sharedApi.dispatch(name, input));
      const [highest] = await select<{ number: string; id: number }>(
        source.dataSource.manager,
        sql`SELECT MAX("number") AS "number", (SELECT MAX("id") FROM "invoice") AS "id" FROM "invoice"
          WHERE "number" LIKE ${'2027-%'}`,
      );
      const [due] = await call<DueInstalmentDto[]>('instalments.due', { until: '2027-04-02' });
      const { ids } = await call<{ ids: number[] }>('invoices.createFromInstalments', { instalmentIds: [due.id] });
      await call('invoices.finalize', { ids });
      const made = await call<InvoiceDto>('invoices.get', { id: ids[0] });
      expect(made.number).toBe(`2027-${String(Number(highest.number.slice(5)) + 1).padStart(4, '0')}`);
      // Not the id of the concept discarded on the computer, which SQLite never hands out again either.
      const [{ seq }] = await select<{ seq: number }>(
        source.dataSource.manager,
        sql`SELECT "seq" FROM "sqlite_sequence" WHERE "name" = 'invoice'`,
      );
      expect(seq).toBeGreaterThan(highest.id);
      expect(made.id).toBe(seq + 1);

      const [{ max }] = await select<{ max: number }>(
        source.dataSource.manager,
        sql`SELECT MAX("id") AS "max" FROM "municipality"`,
      );
      const created = await call<{ id: number }>('municipalities.create', municipality('Texel', '1790-1797'));
      expect(created.id).toBe(max + 1);
    } finally {
      await shared.close();
    }
  });

  it('refuses a database that is no longer empty and leaves it as it was', async () => {
    const shared = await openShared(target);
    try {
      const tables = entityTables(source.dataSource);
      const before = await countsOf(shared.dataSource, tables);
      const refusal = await transferToPostgres(source.dataSource, target).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(DomainError);
      expect((refusal as DomainError).message).toMatch(
        /^De gedeelde database is niet leeg: er staan al gegevens in \(/,
      );
      expect(await countsOf(shared.dataSource, tables)).toEqual(before);
    } finally {
      await shared.close();
    }
  });

  it('undoes the whole transfer when one row does not fit, and says which table', async () => {
    const fresh = await newSharedDatabase();
    extraDatabases.push(fresh.database);
    // SQLite does not hold a text to its length; PostgreSQL refuses the row, halfway through the copy.
    const [{ id, name }] = await select<{ id: number; name: string }>(
      source.dataSource.manager,
      sql`SELECT "id", "name" FROM "municipality" ORDER BY "id" DESC LIMIT 1`,
    );
    await source.dataSource.query(`UPDATE "municipality" SET "name" = ? WHERE "id" = ?`, ['Lang'.repeat(40), id]);
    try {
      const failure = await transferToPostgres(source.dataSource, fresh).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(DomainError);
      expect((failure as DomainError).message).toMatch(
        /^Het overzetten liep vast bij tabel municipality; er is niets overgezet/,
      );
    } finally {
      await source.dataSource.query(`UPDATE "municipality" SET "name" = ? WHERE "id" = ?`, [name, id]);
    }
    const shared = await openShared(fresh);
    try {
      const left = await countsOf(shared.dataSource, ['audit_entry', 'coordinator', 'municipality', 'app_settings']);
      expect(left).toEqual({ audit_entry: 0, coordinator: 0, municipality: 0, app_settings: 1 });
      // What the baseline wrote is still there: the refused copy had replaced it inside its transaction.
      const [settings] = await select<{ version: number }>(
        shared.dataSource.manager,
        sql`SELECT "version" FROM "app_settings"`,
      );
      expect(settings.version).toBe(1);
    } finally {
      await shared.close();
    }
  });
});

describe('"Overzetten naar gedeelde database" from Instellingen', () => {
  it('copies this computer’s file into the empty shared database and switches over at the next start', async () => {
    const db = await openTestDatabase();
    const target = await newSharedDatabase();
    try {
      const api = testDispatcher(db);
      data(await api.dispatch('municipalities.create', municipality('Haarlem', '2000-2039')));
      const { host, port, database, user, password } = target;
      const postgres = { host, port, database, user, password, tls: 'off', rememberPassword: true };
      const result = data<TransferResultDto>(await api.dispatch('connection.transfer', { postgres }));
      expect(result.tables.find((t) => t.table === 'municipality')).toEqual({ table: 'municipality', rows: 1 });
      expect(result.connection.saved).toMatchObject({ engine: 'postgres', database, passwordRemembered: true });
      expect(startupConnection(db.folder, db.file, api.desktop.keychain)).toEqual({ ...target, tls: 'off' });
      const again = await api.dispatch('connection.transfer', { postgres });
      expect(again).toMatchObject({ ok: false, error: { message: expect.stringMatching(/niet leeg/) } });
    } finally {
      await db.close();
      await dropPostgresDatabase(target.database);
    }
  });
});
