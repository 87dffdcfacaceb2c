import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../electron/main/ipc/dispatch';
import type { AuditEntryDto } from '../../shared/api/audit';
import type { MatchDto } from '../../shared/api/matches';
import type { RetentionDueDto, RetentionPreviewDto, RetentionRuleDto } from '../../shared/api/privacy';
import type { RegistrationDto } from '../../shared/api/registrations';
import { openTestDatabase, TEST_ENGINE, testDispatcher, type TestDatabase } from '../support/database';
import { seedFoundation } from '../support/foundation';
import { privacyProbe } from '../support/privacy';
import { data, vraaggezin } from '../support/registrations';

let db: TestDatabase;
let api: ReturnType<typeof testDispatcher>;
let probe: Awaited<ReturnType<typeof privacyProbe>>;
let now = new Date('2026-11-20T10:00:00Z');
const clock = { now: () => now };
const call = async <T>(name: string, input: unknown, dispatch: Dispatch = api.dispatch) =>
  data<T>(await dispatch(name, input));
const query = <T>(statement: string) => probe.query<T>(statement);
/** The years the foundation worked in, up to the run. */
const YEARS = [2026, 2027, 2028, 2029];

/** A family registered with values found nowhere else, whose registration is then closed (or not). */
async function registered(kind: 'vraag' | 'steun', lastName: string, firstName: string, close: string | null) {
  const values = vraaggezin({
    kind,
    street: `${lastName}laan`,
    email: `${lastName.toLowerCase()}@voorbeeld.nl`,
    phone: '0611122233',
    notes: `Notitie over ${firstName}: schulden en zorgen.`,
    people: [
      { firstName, lastName, birthDate: '1983-07-19', role: 'ouder' },
      ...(kind === 'vraag'
        ? [{ firstName: `${firstName}je`, lastName, birthDate: '2017-03-08', role: 'kind' as const }]
        : []),
    ],
  });
  // The same street plan and birth dates each time: this is not the duplicate check's test.
  values.acceptDuplicate = true;
  values.registration.question = `${firstName} ${lastName} wil graag meedoen.`;
  values.registration.referrerContact = `Contact van ${firstName}`;
  const registration = await call<RegistrationDto>('registrations.create', values);
  if (close)
    await call('registrations.changeStatus', {
      id: registration.id,
      version: registration.version,
      to: close,
      reason: `Gesprek met ${firstName} op de valreep`,
      referredTo: close === 'doorverwezen' ? 'Home-Start' : '',
      coordinatorId: null,
    });
  return registration;
}

/** Every personal value stored about these families now, as the test finds them itself. */
async function personalValues(familyIds: number[], vogPersonIds: number[]) {
  const ids = familyIds.join(', ') || 'NULL';
  const people = vogPersonIds.join(', ') || 'NULL';
  const statements = [
    `SELECT "street", "email", "phone", "notes" FROM "family" WHERE "id" IN (${ids})`,
    `SELECT "firstName", "lastName", "birthDate" FROM "person" WHERE "familyId" IN (${ids})`,
    `SELECT "question", "referrerContact" FROM "registration" WHERE "familyId" IN (${ids})`,
    `SELECT c."reason" FROM "registration_status_change" c JOIN "registration" r ON r."id" = c."registrationId" WHERE r."familyId" IN (${ids})`,
    `SELECT "notes", "requestReference" FROM "vog" WHERE "personId" IN (${people})`,
    `SELECT c."notes" FROM "vog_status_change" c JOIN "vog" v ON v."id" = c."vogId" WHERE v."personId" IN (${people})`,
  ];
  const values = new Set<string>();
  for (const statement of statements)
    for (const row of await query<Record<string, unknown>>(statement)) {
      if (typeof row.firstName === 'string') values.add(`${row.firstName} ${String(row.lastName)}`);
      if (typeof row.birthDate === 'string') values.add(row.birthDate.split('-').reverse().join('-'));
      for (const value of Object.values(row))
        if (typeof value === 'string' && value.length >= 5 && !value.endsWith('-01-01')) values.add(value);
    }
  return values;
}

/** The rows of the families the run must leave alone, byte for byte as stored. */
async function untouchedRows(keptFamilies: number[], erasedVogs: number[]) {
  const ids = keptFamilies.join(', ');
  const vogs = erasedVogs.join(', ') || 'NULL';
  return JSON.stringify([
    await query(`SELECT * FROM "family" WHERE "id" IN (${ids}) ORDER BY "id"`),
    await query(`SELECT * FROM "person" WHERE "familyId" IN (${ids}) ORDER BY "id"`),
    await query(`SELECT * FROM "registration" WHERE "familyId" IN (${ids}) ORDER BY "id"`),
    await query(
      `SELECT * FROM "match" WHERE "requestingFamilyId" IN (${ids}) AND "supportFamilyId" IN (${ids}) ORDER BY "id"`,
    ),
    await query(
      `SELECT v.* FROM "vog" v JOIN "person" p ON p."id" = v."personId" WHERE p."familyId" IN (${ids}) AND v."id" NOT IN (${vogs}) ORDER BY v."id"`,
    ),
  ]);
}

const families: Record<string, number> = {};
let refusedVogPerson: number;

beforeAll(async () => {
  db = await openTestDatabase();
  api = testDispatcher(db, clock);
  probe = await privacyProbe(db, clock);
  await seedFoundation(api.dispatch, (iso) => {
    now = new Date(iso);
  });
  // The seeded match ends early, after a move: both its families' periods start that day.
  const [seeded] = await query<{ id: number; requestingFamilyId: number; supportFamilyId: number }>(
    `SELECT "id", "requestingFamilyId", "supportFamilyId" FROM "match" ORDER BY "id" LIMIT 1`,
  );
  families.matchedRequesting = seeded.requestingFamilyId;
  families.matchedSupport = seeded.supportFamilyId;
  // Handed to the coordinator before they were matched, as the work goes.
  const [coordinator] = await query<{ id: number }>(
    `SELECT "coordinatorId" AS "id" FROM "match" WHERE "id" = ${seeded.id}`,
  );
  for (const familyId of [seeded.requestingFamilyId, seeded.supportFamilyId]) {
    const [{ id }] = await query<{ id: number }>(`SELECT "id" FROM "registration" WHERE "familyId" = ${familyId}`);
    const registration = await call<RegistrationDto>('registrations.get', { id });
    await call('registrations.changeStatus', {
      id,
      version: registration.version,
      to: 'doorgezet',
      reason: '',
      referredTo: '',
      coordinatorId: coordinator.id,
    });
  }
  now = new Date('2026-12-01T10:00:00Z');
  const match = await call<MatchDto>('matches.get', { id: seeded.id });
  await call('matches.changeStatus', {
    id: match.id,
    version: match.version,
    to: 'voortijdig_beeindigd',
    date: '2026-12-01',
    reason: 'Gezin Jansen verhuist naar Groningen',
    endReason: 'verhuizing',
  });

  families.declined = (await registered('vraag', 'Wijnbergen', 'Quirina', 'afgewezen')).family.id;
  families.stopped = (await registered('steun', 'Hoogerheide', 'Thijmen', 'ingetrokken')).family.id;
  families.open = (await registered('vraag', 'Kortenhoeven', 'Berendina', null)).family.id;
  // A volunteer still registered whose VOG was refused: the refusal's notes go, the family stays.
  const volunteer = await registered('steun', 'Zandbergen', 'Evertje', null);
  refusedVogPerson = volunteer.family.people[0].id;
  await call('vog.change', { id: refusedVogPerson, version: 0, to: 'aangevraagd', date: '2026-12-01' });
  now = new Date('2027-01-15T10:00:00Z');
  await call('vog.change', {
    id: refusedVogPerson,
    version: 1,
    to: 'geweigerd',
    date: '2027-01-15',
    requestReference: 'JUS-99887766',
    notes: 'Justis weigert: antecedent van Evertje uit 2019.',
  });
  families.volunteer = volunteer.family.id;
  // Closed recently: its period has not passed on the day of the run.
  now = new Date('2028-06-01T10:00:00Z');
  families.recent = (await registered('vraag', 'Lindenhoven', 'Gijsbertha', 'doorverwezen')).family.id;
  now = new Date('2029-01-15T09:00:00Z');
}, 180_000);
afterAll(async () => {
  await probe?.close();
  await db?.close();
});

describe('the retention schedule', () => {
  it('starts with the defaults and lets beheer change a period, but keeps invoices seven years', async () => {
    const rules = await call<RetentionRuleDto[]>('privacy.retentionRules', {});
    expect(rules.map((rule) => [rule.kind, rule.months])).toEqual([
      ['registration', 12],
      ['match', 24],
      ['support', 12],
      ['vog', 6],
      ['vog_refused', 6],
      ['invoice', 84],
    ]);
    const shorter = rules.map((rule) => (rule.kind === 'invoice' ? { ...rule, months: 60 } : rule));
    expect(await api.dispatch('privacy.retentionUpdate', { rules: shorter })).toEqual({
      ok: false,
      error: expect.objectContaining({
        issues: [{ path: 'rules.5.months', message: 'De wet vraagt minstens 84 maanden.' }],
      }),
    });
    const saved = await call<RetentionRuleDto[]>('privacy.retentionUpdate', {
      rules: rules.map((rule) => (rule.kind === 'match' ? { ...rule, months: 25 } : rule)),
    });
    expect(saved.find((rule) => rule.kind === 'match')).toMatchObject({ months: 25, version: 2 });
    // Who changed which period, from what to what, in the settings' history.
    const [latest] = await call<AuditEntryDto[]>('audit.history', { entityType: 'settings', entityId: 1 });
    expect(latest).toMatchObject({
      operation: 'privacy.retentionUpdate',
      changes: [{ field: 'retention_match_months', old: 24, new: 25 }],
    });
    // Saved from the old copy: refused, nothing changed.
    expect(await api.dispatch('privacy.retentionUpdate', { rules })).toMatchObject({
      ok: false,
      error: { code: 'STALE' },
    });
    await call('privacy.retentionUpdate', {
      rules: saved.map((rule) => (rule.kind === 'match' ? { ...rule, months: 24 } : rule)),
    });
  });
});

describe('a retention run', () => {
  let preview: RetentionPreviewDto;

  it('lists in its dry run what has passed its period, and why, and reminds beheer', async () => {
    preview = await call<RetentionPreviewDto>('privacy.retentionPreview', {});
    const keys = preview.items.map((item) => item.key);
    const [vog] = await query<{ id: number }>(`SELECT "id" FROM "vog" WHERE "personId" = ${refusedVogPerson}`);
    for (const name of ['matchedRequesting', 'matchedSupport', 'declined', 'stopped'])
      expect(keys).toContain(`family-${families[name]}`);
    expect(keys).toContain(`vog-${vog.id}`);
    for (const name of ['open', 'volunteer', 'recent']) expect(keys).not.toContain(`family-${families[name]}`);
    expect(preview.items.find((item) => item.key === `family-${families.declined}`)).toMatchObject({
      description: expect.stringMatching(/^Vraaggezin \d+ — aanmelding van 02-11-2026, afgewezen op 01-12-2026$/),
      why: '12 maanden na afsluiten; termijn verstreken op 01-12-2027',
    });
    expect(preview.items.find((item) => item.key === `family-${families.matchedRequesting}`)?.why).toBe(
      '24 maanden na einde koppeling; termijn verstreken op 01-12-2028',
    );
    expect(preview.items.find((item) => item.key === `vog-${vog.id}`)?.why).toBe(
      '6 maanden na weigering; termijn verstreken op 15-07-2027',
    );
    expect(preview.families + preview.records).toBe(preview.items.length);
    expect(await call<RetentionDueDto>('privacy.retentionDue', {})).toEqual({ due: true, lastRunAt: null });
  });

  it('refuses a list that differs from what it finds now, and changes nothing', async () => {
    const keys = preview.items.map((item) => item.key);
    const before = await untouchedRows(Object.values(families), []);
    for (const changed of [keys.slice(1), [...keys, `family-${families.open}`]]) {
      expect(await api.dispatch('privacy.retentionRun', { keys: changed })).toEqual({
        ok: false,
        error: expect.objectContaining({
          code: 'CONFLICT',
          message: 'De lijst is intussen veranderd; bekijk de proefrun opnieuw.',
        }),
      });
    }
    expect(await untouchedRows(Object.values(families), [])).toBe(before);
    expect(await query(`SELECT * FROM "erasure_log"`)).toEqual([]);
    expect(await query(`SELECT * FROM "retention_run"`)).toEqual([]);
  });

  it.runIf(TEST_ENGINE === 'postgres')('is refused to backoffice, by the app and by the server', async () => {
    const backoffice = await probe.colleagueWith('bg_test_bewaar_backoffice', ['backoffice']);
    try {
      for (const [name, input] of [
        ['privacy.retentionPreview', {}],
        ['privacy.retentionRun', { keys: preview.items.map((item) => item.key) }],
      ] as const)
        expect(await backoffice.dispatch(name, input)).toEqual({
          ok: false,
          error: expect.objectContaining({ code: 'FORBIDDEN' }),
        });
    } finally {
      await backoffice.close();
    }
    for (const statement of [
      `INSERT INTO "retention_run" ("ranAt", "ranBy", "families", "records") VALUES ('2029-01-15', 'x', 0, 0)`,
      `UPDATE "retention_rule" SET "months" = 1`,
    ])
      await expect(
        probe.administrator!.transaction(async (manager) => {
          await manager.query(`SET LOCAL ROLE "buurtgezinnen_backoffice"`);
          await manager.query(statement);
        }),
      ).rejects.toThrow(/permission denied/);
  });

  it('anonymises exactly what its dry run listed, leaves everything else as it was, and keeps the figures', async () => {
    const erasedFamilies = preview.items
      .filter((item) => item.what === 'family')
      .map((item) => Number(item.key.slice(7)));
    const vogIds = preview.items.filter((item) => item.what === 'vog').map((item) => Number(item.key.slice(4)));
    const vogPeople = (
      await query<{ personId: number }>(`SELECT "personId" FROM "vog" WHERE "id" IN (${vogIds.join(', ')})`)
    ).map((row) => Number(row.personId));
    const values = await personalValues(erasedFamilies, vogPeople);
    // The refused volunteer's family stays: only its VOG's values are searched for.
    for (const value of await personalValues([families.volunteer], [])) values.delete(value);
    // Values the foundation also holds about others (a coordinator named Jansen, a shared birth date).
    const ids = erasedFamilies.join(', ');
    const others = JSON.stringify([
      await query(`SELECT * FROM "family" WHERE "id" NOT IN (${ids})`),
      await query(`SELECT * FROM "person" WHERE "familyId" NOT IN (${ids})`),
      await query(`SELECT * FROM "registration" WHERE "familyId" NOT IN (${ids})`),
      await query(`SELECT * FROM "coordinator"`),
    ]);
    const searched = [...values].filter((value) => !others.includes(value));
    expect(searched).toEqual(
      expect.arrayContaining(['Quirina Wijnbergen', 'Thijmen', 'Justis weigert: antecedent van Evertje uit 2019.']),
    );
    // The search must see what it looks for.
    expect(await probe.stillStored(searched)).toEqual(
      expect.arrayContaining(['Quirina Wijnbergen', 'Notitie over Thijmen: schulden en zorgen.', 'Lotte Jansen']),
    );
    const kept = (await query<{ id: number }>(`SELECT "id" FROM "family" ORDER BY "id"`))
      .map((row) => Number(row.id))
      .filter((id) => !erasedFamilies.includes(id));
    const untouched = await untouchedRows(kept, vogIds);
    const figures = await probe.figures(YEARS);

    const keys = preview.items.map((item) => item.key);
    if (TEST_ENGINE === 'postgres') {
      // Beheer alone, without backoffice's family data: the server's grants allow exactly the run.
      const beheer = await probe.colleagueWith('bg_test_bewaar_beheer', ['beheer']);
      const again = await call<RetentionPreviewDto>('privacy.retentionPreview', {}, beheer.dispatch);
      expect(again.items).toEqual(preview.items);
      await call('privacy.retentionRun', { keys }, beheer.dispatch).finally(beheer.close);
    } else {
      await call('privacy.retentionRun', { keys });
    }

    expect(await probe.stillStored(searched)).toEqual([]);
    expect(await untouchedRows(kept, vogIds)).toBe(untouched);
    expect(await probe.figures(YEARS)).toEqual(figures);
    const log = await query<{ kind: string; reason: string }>(`SELECT "kind", "reason" FROM "erasure_log"`);
    expect(log).toHaveLength(keys.length);
    expect(new Set(log.map((line) => line.kind))).toEqual(new Set(['bewaartermijn']));
    expect(log.map((line) => line.reason)).toContain('Bewaartermijn gezin: 12 maanden na afsluiten');
    expect(log.map((line) => line.reason)).toContain('Bewaartermijn VOG-gegevens: 6 maanden na weigering');
    expect(await query(`SELECT "ranAt", "families", "records" FROM "retention_run"`)).toEqual([
      { ranAt: '2029-01-15T09:00:00.000Z', families: preview.families, records: preview.records },
    ]);
    // Done: the next dry run finds nothing, and the reminder is quiet for a month.
    expect((await call<RetentionPreviewDto>('privacy.retentionPreview', {})).items).toEqual([]);
    expect(await call<RetentionDueDto>('privacy.retentionDue', {})).toEqual({
      due: false,
      lastRunAt: '2029-01-15T09:00:00.000Z',
    });
  });
});
