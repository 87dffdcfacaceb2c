import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPlainDatabase } from '../../electron/db/encryption';
import type { Dispatch } from '../../electron/main/ipc/dispatch';
import { PERSONAL_DATA } from '../../electron/services/privacy/registry';
import type { FamilyDto } from '../../shared/api/families';
import type { FileDto } from '../../shared/api/invoices';
import { openTestDatabase, TEST_ENGINE, testActor, testDispatcher, type TestDatabase } from '../support/database';
import { seedFoundation } from '../support/foundation';
import { privacyProbe } from '../support/privacy';
import { data } from '../support/registrations';

let db: TestDatabase;
let api: ReturnType<typeof testDispatcher>;
/** On PostgreSQL the server's administrator, who reads every table whatever the roles' grants. */
let administrator: DataSource;
let now = new Date('2026-11-20T10:00:00Z');
const clock = { now: () => now };
const call = async <T>(name: string, input: unknown, dispatch: Dispatch = api.dispatch) =>
  data<T>(await dispatch(name, input));
let probe: Awaited<ReturnType<typeof privacyProbe>>;
const query = <T>(statement: string, parameters?: unknown[]) => probe.query<T>(statement, parameters);
const stillStored = (searched: string[]) => probe.stillStored(searched);
/** The figures the half-year reports and Cijfers show, for every year and half the foundation worked. */
const figures = () => probe.figures([2026, 2027]);
const colleagueWith: typeof probe.colleagueWith = (login, roles) => probe.colleagueWith(login, roles);

const REASON = 'Verzoek van de moeder, per brief van 1 december';
let families: { requesting: number; support: number };
/** Every personal value of both families before the erasure: the foundation's own and the distinctive ones. */
const values = new Set<string>();

/** Gives the family names and contact details found nowhere else, and a note with a BSN-like number. */
async function makeDistinctive(id: number, lastName: string, firstNames: string[]) {
  const family = await call<FamilyDto>('families.get', { id });
  await call('families.update', {
    ...family,
    municipalityId: family.municipality?.id ?? null,
    houseNumberAddition: 'bis',
    street: `${lastName}hofje`,
    email: `${lastName.toLowerCase()}@voorbeeld.nl`,
    phone: '0687654321',
    notes: `BSN 123456782 van ${firstNames[0]}; schuldhulp loopt.`,
    people: family.people.map((person, index) => ({ ...person, firstName: firstNames[index], lastName })),
  });
}

/** The personal columns of the families' records as stored now, without what their erasure keeps. */
async function collectValues() {
  const ids = [families.requesting, families.support].join(', ');
  const matches = `SELECT "id" FROM "match" WHERE "requestingFamilyId" IN (${ids}) OR "supportFamilyId" IN (${ids})`;
  const statements = [
    `SELECT "street", "email", "phone", "notes", "postcode" FROM "family" WHERE "id" IN (${ids})`,
    `SELECT "firstName", "lastName", "firstNameKey", "lastNameKey", "birthDate" FROM "person" WHERE "familyId" IN (${ids})`,
    `SELECT "question", "referrerContact" FROM "registration" WHERE "familyId" IN (${ids})`,
    `SELECT "agreements", "frequency" FROM "match" WHERE "id" IN (${matches})`,
    `SELECT "notes" FROM "match_evaluation" WHERE "matchId" IN (${matches})`,
    `SELECT "description", "claimNumber" FROM "insurance_incident" WHERE "matchId" IN (${matches})`,
  ];
  for (const statement of statements) {
    for (const row of await query<Record<string, unknown>>(statement)) {
      // As the audit trail writes a family's people: "Marieke Jansen (ouder, 02-04-1988)".
      if (typeof row.firstName === 'string') values.add(`${row.firstName} ${String(row.lastName)}`);
      if (typeof row.birthDate === 'string') values.add(row.birthDate.split('-').reverse().join('-'));
      for (const value of Object.values(row)) {
        // A birth date on 1 January is what erasure keeps of every birth date; short values are not
        // searchable byte by byte without finding other text.
        if (typeof value === 'string' && value.length >= 5 && !value.endsWith('-01-01')) values.add(value);
      }
    }
  }
}

/** Values the foundation also holds about other families (a shared birth date, a common name). */
async function heldByOthers(): Promise<Set<string>> {
  const ids = [families.requesting, families.support].join(', ');
  const rows = [
    ...(await query<unknown>(`SELECT * FROM "family" WHERE "id" NOT IN (${ids})`)),
    ...(await query<unknown>(`SELECT * FROM "person" WHERE "familyId" NOT IN (${ids})`)),
    ...(await query<unknown>(`SELECT * FROM "registration" WHERE "familyId" NOT IN (${ids})`)),
    ...(await query<unknown>(`SELECT * FROM "coordinator"`)),
  ];
  const text = JSON.stringify(rows);
  return new Set([...values].filter((value) => text.includes(value)));
}

beforeAll(async () => {
  db = await openTestDatabase();
  api = testDispatcher(db, clock);
  probe = await privacyProbe(db, clock);
  administrator = probe.administrator!;
  await seedFoundation(api.dispatch, (iso) => {
    now = new Date(iso);
  });
  const [match] = await query<{ requestingFamilyId: number; supportFamilyId: number }>(
    'SELECT "requestingFamilyId", "supportFamilyId" FROM "match" ORDER BY "id" LIMIT 1',
  );
  families = { requesting: match.requestingFamilyId, support: match.supportFamilyId };
  await collectValues();
  await makeDistinctive(families.requesting, 'Zwanenburg', ['Quirijntje', 'Ewoudina', 'Tjalling']);
  await makeDistinctive(families.support, 'Oosterwolde', ['Hessel', 'Wiepkje']);
  await collectValues();
}, 180_000);
afterAll(async () => {
  await probe?.close();
  await db?.close();
});

describe('vergeten: erasing a family on its request', () => {
  it('leaves no personal value of the families anywhere in the database, and the figures as they were', async () => {
    // The search must see what it looks for: the file is written in the clear in tests.
    if (TEST_ENGINE === 'sqlite') expect(isPlainDatabase(db.file)).toBe(true);
    const others = await heldByOthers();
    const searched = [...values].filter((value) => !others.has(value));
    const distinctive = ['Quirijntje', 'Wiepkje', 'Zwanenburghofje', 'BSN 123456782 van Quirijntje; schuldhulp loopt.'];
    expect(searched).toEqual(expect.arrayContaining(distinctive));
    // What the families were first called lives on only in the audit trail's old values by now.
    expect(await stillStored(searched)).toEqual(expect.arrayContaining([...distinctive, 'Marieke Jansen']));
    const scans = await query<{ id: number }>(
      `SELECT "scanFileId" AS "id" FROM "vog" WHERE "scanFileId" IS NOT NULL UNION SELECT "scanFileId" FROM "match_document" WHERE "scanFileId" IS NOT NULL`,
    );
    expect(scans.length).toBeGreaterThanOrEqual(2);
    const before = await figures();
    const auditBefore = await auditAbout();

    now = new Date('2027-03-01T09:00:00Z');
    if (TEST_ENGINE === 'postgres') {
      // Beheer alone, without backoffice's family data: the server's grants allow exactly the erasure.
      const beheer = await colleagueWith('bg_test_vergeten_beheer', ['beheer']);
      await call('privacy.erase', { id: families.requesting, reason: REASON }, beheer.dispatch).finally(beheer.close);
    } else {
      await call('privacy.erase', { id: families.requesting, reason: REASON });
    }
    await call('privacy.erase', { id: families.support, reason: `  ${REASON}  ` });

    expect(await stillStored(searched)).toEqual([]);
    expect(await figures()).toEqual(before);
    // The trail keeps who changed which field when; only the values are gone.
    const auditAfter = await auditAbout();
    expect(auditAfter.filter((entry) => entry.operation !== 'privacy.erase')).toEqual(
      auditBefore.map((entry) => ({
        ...entry,
        changes: entry.changes.map(({ field }) => ({ field, old: null, new: null })),
      })),
    );
    expect(auditAfter.filter((entry) => entry.operation === 'privacy.erase')).toHaveLength(2);
    // A policy's history names the families it covers: the support family's name is gone from it.
    const policies = await query<{ changes: string }>(
      `SELECT "changes" FROM "audit_entry" WHERE "entityType" = 'policy'`,
    );
    const covered = policies.flatMap((entry) =>
      (JSON.parse(entry.changes) as { field: string }[]).filter((c) => c.field === 'families'),
    );
    expect(covered).toEqual([{ field: 'families', old: null, new: null }]);
    expect(
      await query(`SELECT "id" FROM "stored_file" WHERE "id" IN (${scans.map((scan) => scan.id).join(', ')})`),
    ).toEqual([]);
    expect(await query(`SELECT "id" FROM "vog" WHERE "scanFileId" IS NOT NULL`)).toEqual([]);
    expect(
      await query(
        `SELECT "id" FROM "registration" WHERE "familyId" = ${families.requesting} AND "importKey" IS NOT NULL`,
      ),
    ).toEqual([]);
  });

  it('keeps that the erasures happened, when, by whom and why, and never whose', async () => {
    const rows = await query<Record<string, unknown>>(`SELECT * FROM "erasure_log" ORDER BY "id"`);
    const line = { erasedAt: '2027-03-01T09:00:00.000Z', reason: REASON, kind: 'verzoek' };
    expect(rows).toEqual([
      { id: 1, ...line, erasedBy: TEST_ENGINE === 'postgres' ? 'bg_test_vergeten_beheer' : testActor() },
      { id: 2, ...line, erasedBy: testActor() },
    ]);
  });

  it('exports nothing personal of an erased family', async () => {
    for (const id of Object.values(families)) {
      const file = await call<FileDto>('privacy.accessExport', { id });
      expect([...values].filter((value) => file.content.includes(value))).toEqual([]);
    }
  });

  it('says so when a family was erased already, and asks for a reason', async () => {
    const again = await api.dispatch('privacy.erase', { id: families.requesting, reason: REASON });
    expect(again).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'CONFLICT', message: expect.stringMatching(/al vergeten/) }),
    });
    const short = await api.dispatch('privacy.erase', { id: families.requesting, reason: ' kort ' });
    expect(short).toEqual({
      ok: false,
      error: expect.objectContaining({
        issues: [{ path: 'reason', message: 'Schrijf de reden in minstens 5 tekens.' }],
      }),
    });
  });

  it.runIf(TEST_ENGINE === 'postgres')('is refused to backoffice, by the app and by the server', async () => {
    const [other] = await query<{ id: number }>(
      `SELECT "id" FROM "family" WHERE "id" NOT IN (${Object.values(families).join(', ')}) LIMIT 1`,
    );
    const backoffice = await colleagueWith('bg_test_vergeten_backoffice', ['backoffice']);
    try {
      const refused = await backoffice.dispatch('privacy.erase', { id: other.id, reason: REASON });
      expect(refused).toEqual({ ok: false, error: expect.objectContaining({ code: 'FORBIDDEN' }) });
    } finally {
      await backoffice.close();
    }
    await expect(
      administrator.transaction(async (manager) => {
        await manager.query(`SET LOCAL ROLE "buurtgezinnen_backoffice"`);
        await manager.query(`SELECT "buurtgezinnen_erase_audit_values"('family', ARRAY[${other.id}], NULL)`);
      }),
    ).rejects.toThrow(/permission denied/);
  });
});

/** The audit trail about both families' records, as the test finds it itself. */
async function auditAbout() {
  const ids = Object.values(families).join(', ');
  const matches = `SELECT "id" FROM "match" WHERE "requestingFamilyId" IN (${ids}) OR "supportFamilyId" IN (${ids})`;
  const rows = await query<{ id: number; actor: string; operation: string; changes: string }>(
    `SELECT "id", "actor", "operation", "changes" FROM "audit_entry" WHERE ("entityType" = 'family' AND "entityId" IN (${ids}))
      OR ("entityType" = 'registration' AND "entityId" IN (SELECT "id" FROM "registration" WHERE "familyId" IN (${ids})))
      OR ("entityType" = 'vog' AND "entityId" IN (SELECT "id" FROM "person" WHERE "familyId" IN (${ids})))
      OR ("entityType" = 'match' AND "entityId" IN (${matches}))
      OR ("entityType" = 'document' AND "entityId" IN (SELECT "id" FROM "match_document" WHERE "matchId" IN (${matches})))
      OR ("entityType" = 'incident' AND "entityId" IN (SELECT "id" FROM "insurance_incident" WHERE "matchId" IN (${matches})))
    ORDER BY "id"`,
  );
  return rows.map((row) => ({ ...row, changes: JSON.parse(row.changes) as { field: string }[] }));
}

describe.runIf(TEST_ENGINE === 'sqlite')('the registry of personal data', () => {
  it('says for every table how its rows about a family are erased', () => {
    expect(Object.keys(PERSONAL_DATA).filter((table) => typeof PERSONAL_DATA[table].erase !== 'function')).toEqual([]);
  });
});
