import { afterEach, beforeEach, expect, it } from 'vitest';
import { select, sql } from '../../electron/db/sql';
import type { FamilyDto } from '../../shared/api/families';
import type { RegistrationDto } from '../../shared/api/registrations';
import { fixedClock, openTestDatabase, testDispatcher, type TestDatabase } from '../support/database';
import { data, vraaggezin, workArea } from '../support/registrations';

let db: TestDatabase;
let api: ReturnType<typeof testDispatcher>;
let family: FamilyDto;

beforeEach(async () => {
  db = await openTestDatabase();
  api = testDispatcher(db, fixedClock('2026-11-23T09:00:00Z'));
  await workArea(api.dispatch);
  family = data<RegistrationDto>(await api.dispatch('registrations.create', vraaggezin())).family;
});
afterEach(() => db.close());

function edit(changes: Partial<Record<string, unknown>>) {
  const {
    id,
    version,
    kind,
    street,
    houseNumber,
    houseNumberAddition,
    postcode,
    place,
    phone,
    email,
    municipality,
    notes,
    people,
  } = family;
  return api.dispatch('families.update', {
    id,
    version,
    kind,
    street,
    houseNumber,
    houseNumberAddition: houseNumberAddition ?? '',
    postcode,
    place,
    phone: phone ?? '',
    email: email ?? '',
    municipalityId: municipality?.id ?? null,
    notes: notes ?? '',
    people,
    ...changes,
  });
}

it('corrects the address and the people of a family, and records what changed', async () => {
  const [marieke, daan] = family.people;
  const updated = data<FamilyDto>(
    await edit({
      street: 'Kerkplein',
      people: [
        { ...marieke, firstName: 'Marieke' },
        { firstName: 'Fleur', lastName: 'Jansen', birthDate: '2020-03-01', role: 'kind' },
      ],
    }),
  );
  expect(updated.street).toBe('Kerkplein');
  expect(updated.people.map((p) => p.firstName)).toEqual(['Marieke', 'Fleur']);
  expect(updated.people[0].id).toBe(marieke.id);
  expect(await select(db.dataSource.manager, sql`SELECT "id" FROM "person" WHERE "id" = ${daan.id}`)).toEqual([]);
  const [entry] = data<{ changes: { field: string; old: unknown; new: unknown }[]; version: number }[]>(
    await api.dispatch('audit.history', { entityType: 'family', entityId: family.id }),
  );
  // A form refused as stale shows the changes made after its version: each entry notes the one it made.
  expect(entry.version).toBe(updated.version);
  expect(entry.changes).toEqual([
    { field: 'street', old: 'Kerkstraat', new: 'Kerkplein' },
    {
      field: 'people',
      old: 'Marieke Jansen (ouder / verzorger, 02-04-1988); Daan Jansen (kind, 30-09-2016)',
      new: 'Marieke Jansen (ouder / verzorger, 02-04-1988); Fleur Jansen (kind, 01-03-2020)',
    },
  ]);
  const found = data<{ rows: { name: string }[]; total: number }>(
    await api.dispatch('families.search', { search: 'fleur', kind: null, municipalityId: null, limit: 200 }),
  );
  expect(found).toMatchObject({ total: 1, rows: [{ name: 'Familie Jansen' }] });
});

it('refuses a stale edit, a change of kind and a vraaggezin left without children, writing nothing', async () => {
  data(await edit({ notes: 'eerst' }));
  expect(await edit({ notes: 'later' })).toMatchObject({ ok: false, error: { code: 'STALE' } });
  family = data<FamilyDto>(await api.dispatch('families.get', { id: family.id }));
  expect(await edit({ kind: 'steun' })).toMatchObject({ ok: false, error: { issues: [{ path: 'kind' }] } });
  expect(await edit({ people: [family.people[0]] })).toMatchObject({
    ok: false,
    error: { issues: [{ path: 'people' }] },
  });
  expect(await db.dataSource.query('SELECT COUNT(*) AS n FROM person')).toEqual([{ n: 2 }]);
});
