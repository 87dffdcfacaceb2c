import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DuplicateCandidate } from '../../shared/api/families';
import type { RegistrationDto } from '../../shared/api/registrations';
import { fixedClock, openTestDatabase, testDispatcher, type TestDatabase } from '../support/database';
import { data, vraaggezin, workArea } from '../support/registrations';

let db: TestDatabase;
let api: ReturnType<typeof testDispatcher>;
let area: Awaited<ReturnType<typeof workArea>>;

beforeEach(async () => {
  db = await openTestDatabase();
  api = testDispatcher(db, fixedClock('2026-11-23T09:00:00Z'));
  area = await workArea(api.dispatch);
});
afterEach(() => db.close());

async function register(overrides = {}): Promise<RegistrationDto> {
  return data(
    await api.dispatch('registrations.create', { ...vraaggezin({ municipalityId: area.haarlem }), ...overrides }),
  );
}

async function count(table: string): Promise<number> {
  const [{ n }] = await db.dataSource.query<{ n: number }[]>(`SELECT COUNT(*) AS n FROM "${table}"`);
  return Number(n);
}

const corrected = {
  receivedDate: '2026-10-30',
  channel: 'zelf',
  referrerOrganisation: '',
  referrerType: null,
  referrerContact: '',
  question: 'Moeder werkt in ploegendienst.',
};

describe('correcting a registration from its drawer', () => {
  it('saves the corrected fields and writes them in the history', async () => {
    const { id } = await register();
    const saved = data<RegistrationDto>(await api.dispatch('registrations.update', { id, version: 1, ...corrected }));
    expect(saved).toMatchObject({ ...corrected, referrerOrganisation: null, referrerContact: null, version: 2 });
    const history = data<{ operation: string }[]>(
      await api.dispatch('audit.history', { entityType: 'registration', entityId: id }),
    );
    expect(history.map((entry) => entry.operation)).toContain('registrations.update');
  });

  it('marks a date in the future and a missing referrer at their fields, and keeps the old values', async () => {
    const { id } = await register();
    const refused = await api.dispatch('registrations.update', {
      ...{ id, version: 1, ...corrected },
      ...{ receivedDate: '2026-11-30', channel: 'verwijzer' },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const paths = refused.ok ? [] : refused.error.issues.map((issue) => issue.path);
    expect(paths).toEqual(['referrerOrganisation', 'referrerType']);
    const future = await api.dispatch('registrations.update', {
      id,
      version: 1,
      ...corrected,
      receivedDate: '2026-11-30',
    });
    expect(future).toMatchObject({ ok: false, error: { issues: [{ path: 'receivedDate' }] } });
    expect(data<RegistrationDto>(await api.dispatch('registrations.get', { id }))).toMatchObject({
      receivedDate: '2026-11-02',
      version: 1,
    });
  });
});

describe('settling a "Mogelijk dubbel"', () => {
  it('moves the registration to the known family and removes the copy made when registering', async () => {
    const known = await register();
    const twice = await register({ acceptDuplicate: true });
    expect(twice.duplicateSuspected).toBe(true);
    const candidates = data<DuplicateCandidate[]>(
      await api.dispatch('registrations.duplicateCandidates', { id: twice.id }),
    );
    expect(candidates.map((candidate) => candidate.familyId)).toEqual([known.family.id]);
    expect(await count('family')).toBe(2);
    const settled = data<RegistrationDto>(
      await api.dispatch('registrations.resolveDuplicate', { id: twice.id, version: 1, sameFamilyId: known.family.id }),
    );
    expect(settled).toMatchObject({ duplicateSuspected: false, family: { id: known.family.id }, version: 2 });
    expect(await count('family')).toBe(1);
    expect(await count('person')).toBe(2);
  });

  it('only clears the mark when the family is not the same', async () => {
    await register();
    const twice = await register({ acceptDuplicate: true });
    const settled = data<RegistrationDto>(
      await api.dispatch('registrations.resolveDuplicate', { id: twice.id, version: 1, sameFamilyId: null }),
    );
    expect(settled).toMatchObject({ duplicateSuspected: false, family: { id: twice.family.id } });
    expect(await count('family')).toBe(2);
  });

  it('refuses a family of the other kind or one that is gone at the field, and changes nothing', async () => {
    const steun = await register({ family: { ...vraaggezin().family, kind: 'steun', postcode: '2012AA' } });
    const twice = await register({ acceptDuplicate: true });
    for (const sameFamilyId of [steun.family.id, 9999]) {
      const refused = await api.dispatch('registrations.resolveDuplicate', { id: twice.id, version: 1, sameFamilyId });
      expect(refused).toMatchObject({ ok: false, error: { issues: [{ path: 'sameFamilyId' }] } });
    }
    expect(data<RegistrationDto>(await api.dispatch('registrations.get', { id: twice.id }))).toMatchObject({
      duplicateSuspected: true,
      version: 1,
    });
  });
});
