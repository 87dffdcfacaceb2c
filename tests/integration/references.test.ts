import { describe, expect, it } from 'vitest';
import type { FamilyDto } from '../../shared/api/families';
import type { IncidentDto, PolicyDto } from '../../shared/api/insurance';
import type { MatchDto } from '../../shared/api/matches';
import { matchFamilies } from '../support/matches';
import { vraaggezin, workArea } from '../support/registrations';
import { scenario } from '../support/scenario';

/**
 * An id that names no record (a colleague removed it, a page left open for days) is refused at its
 * field in Dutch before anything is written, instead of the database's foreign key ending the command
 * as "Er ging iets mis".
 */
const s = scenario('2026-11-23T09:00:00Z');
const { call, refusal, countRows } = s;
const GONE = 999_999;

function familyEdit(family: FamilyDto, changes: object = {}) {
  const { id, version, kind, street, houseNumber, houseNumberAddition, postcode, place, phone, email, notes } = family;
  return {
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
    municipalityId: family.municipality?.id ?? null,
    notes: notes ?? '',
    people: family.people,
    ...changes,
  };
}

const policy = (changes: object = {}) => ({
  insurer: 'Centraal Beheer',
  policyNumber: 'AVB-2026-001',
  coverKind: 'aansprakelijkheid',
  coverOther: '',
  takenOutBy: 'stichting',
  allMunicipalities: false,
  municipalityIds: [],
  familyIds: [],
  startDate: '2026-01-01',
  endDate: null,
  insuredAmounts: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
  notes: '',
  ...changes,
});

const incident = (matchId: number, changes: object = {}) => ({
  date: '2026-11-20',
  matchId,
  policyId: null,
  description: 'Fiets beschadigd bij het ophalen.',
  claimNumber: '',
  status: 'gemeld',
  amountCents: null,
  ...changes,
});

describe('a reference to a record that does not exist (any more)', () => {
  it('families.update: refuses to take a child out of the family while the child is in a match', async () => {
    const families = await matchFamilies(s.api.dispatch);
    await call<MatchDto>('matches.create', families.proposal);
    const family = await call<FamilyDto>('families.get', { id: families.requesting.id });
    const [mother, daan, lotte] = family.people;
    const replaced = await refusal(
      'families.update',
      familyEdit(family, {
        people: [mother, lotte, { firstName: 'Daan', lastName: 'Jansen', birthDate: '2016-09-30', role: 'kind' }],
      }),
    );
    expect(replaced.code).toBe('VALIDATION');
    expect(replaced.issues).toEqual([
      {
        path: 'people',
        message:
          'Daan Jansen doet mee aan een koppeling en kan daarom niet uit het gezin worden gehaald. Haal het kind eerst uit de koppeling.',
      },
    ]);
    expect(await call<FamilyDto>('families.get', { id: family.id })).toEqual(family);
    expect(daan.id).toBeDefined();
  });

  it('families.update: refuses a municipality that does not exist', async () => {
    await workArea(s.api.dispatch);
    const { family } = await call<{ family: FamilyDto }>('registrations.create', vraaggezin());
    const refused = await refusal('families.update', familyEdit(family, { municipalityId: GONE, notes: 'nieuw' }));
    expect(refused.issues).toEqual([{ path: 'municipalityId', message: 'Deze gemeente bestaat niet (meer).' }]);
    expect(await call<FamilyDto>('families.get', { id: family.id })).toEqual(family);
  });

  it('registrations.create: refuses a municipality that does not exist, before the family is written', async () => {
    await workArea(s.api.dispatch);
    const refused = await refusal('registrations.create', vraaggezin({ municipalityId: GONE }));
    expect(refused.issues).toEqual([{ path: 'family.municipalityId', message: 'Deze gemeente bestaat niet (meer).' }]);
    expect(await countRows('family')).toBe(0);
    expect(await countRows('person')).toBe(0);
    expect(await countRows('registration')).toBe(0);
  });

  it('policies.create and policies.update: refuse a municipality or a family that does not exist', async () => {
    const area = await workArea(s.api.dispatch);
    const byMunicipality = await refusal('policies.create', policy({ municipalityIds: [area.haarlem, GONE] }));
    expect(byMunicipality.issues).toEqual([
      { path: 'municipalityIds', message: 'Een gekozen gemeente bestaat niet (meer). Kies opnieuw uit de lijst.' },
    ]);
    const byFamily = await refusal('policies.create', policy({ familyIds: [GONE] }));
    expect(byFamily.issues).toEqual([
      { path: 'familyIds', message: 'Een gekozen gezin bestaat niet (meer). Kies opnieuw uit de lijst.' },
    ]);
    expect(await countRows('insurance_policy')).toBe(0);

    const saved = await call<PolicyDto>('policies.create', policy({ municipalityIds: [area.haarlem] }));
    const { id, version } = saved;
    const update = await refusal('policies.update', {
      ...policy({ municipalityIds: [area.zandvoort, GONE], notes: 'gewijzigd' }),
      id,
      version,
    });
    expect(update.issues).toEqual([
      { path: 'municipalityIds', message: 'Een gekozen gemeente bestaat niet (meer). Kies opnieuw uit de lijst.' },
    ]);
    const familyUpdate = await refusal('policies.update', { ...policy({ familyIds: [GONE] }), id, version });
    expect(familyUpdate.issues[0].path).toBe('familyIds');
    const [stored] = await call<PolicyDto[]>('policies.list', {});
    expect(stored).toMatchObject({ version, notes: null, municipalities: [{ id: area.haarlem }] });
  });

  it('incidents.create and incidents.update: refuse a match or a policy that does not exist', async () => {
    const families = await matchFamilies(s.api.dispatch);
    const match = await call<MatchDto>('matches.create', families.proposal);
    const withPolicy = await refusal('incidents.create', incident(match.id, { policyId: GONE }));
    expect(withPolicy.issues).toEqual([{ path: 'policyId', message: 'Deze polis bestaat niet (meer). Kies opnieuw.' }]);
    expect(await countRows('insurance_incident')).toBe(0);

    const saved = await call<IncidentDto>('incidents.create', incident(match.id));
    const { id, version } = saved;
    const otherMatch = await refusal('incidents.update', { ...incident(GONE), id, version });
    expect(otherMatch.issues).toEqual([{ path: 'matchId', message: 'Kies de koppeling uit de lijst.' }]);
    const otherPolicy = await refusal('incidents.update', {
      ...incident(match.id, { policyId: GONE, description: 'Anders' }),
      id,
      version,
    });
    expect(otherPolicy.issues).toEqual([
      { path: 'policyId', message: 'Deze polis bestaat niet (meer). Kies opnieuw.' },
    ]);
    const [stored] = await call<IncidentDto[]>('incidents.list', {});
    expect(stored).toMatchObject({ version, matchId: match.id, policyId: null, description: saved.description });
  });
});
