import type { Dispatch } from '../../electron/main/ipc/dispatch';
import type { MatchDto } from '../../shared/api/matches';
import type { RegistrationDto } from '../../shared/api/registrations';
import { addDays } from '../../shared/domain/dates';
import { DEFAULT_VOG_RULES, needsVog } from '../../shared/domain/vog/status';
import type { seededRandom } from './data';

async function must<T>(dispatch: Dispatch, name: string, input: unknown): Promise<T> {
  const response = await dispatch(name, input);
  if (!response.ok) throw new Error(`${name}: ${JSON.stringify(response.error)}`);
  return response.data as T;
}

const FIRST = ['Joost', 'Anna', 'Kees', 'Els', 'Mohamed', 'Sanne', 'Pieter', 'Fleur', 'Ahmet', 'Ilse', 'Bram', 'Noor', 'Gerrit', 'Ria', 'Tom', 'Lisa'];
const LAST = ['de Boer', 'Visser', 'van Dijk', 'Hendriks', 'Bos', 'Peters', 'Vos', 'Willems', 'Öztürk', 'van Leeuwen', 'Koster', 'Prins', 'Kok', 'Jacobs'];

type Random = ReturnType<typeof seededRandom>;
type Place = { id: number; name: string; postcode: string };

/**
 * 500 steungezinnen (1,000 volunteer adults, some with a child of 18 or older) with VOGs in every
 * state, 150 matches with new vraaggezinnen, two insurance policies and a few incidents: enough to
 * see how the VOG lists, the Agenda and the insurance pages read at the foundation's scale.
 */
export async function seedDemoVolunteers(dispatch: Dispatch, places: Place[], today: string, random: Random): Promise<void> {
  const screened: { familyId: number; municipalityId: number; issueDate: string }[] = [];
  for (let i = 0; i < 500; i++) {
    const where = places[i % places.length];
    const last = random.pick(LAST);
    const people = [
      { firstName: random.pick(FIRST), lastName: last, birthDate: `19${60 + Math.floor(random.next() * 30)}-0${1 + (i % 9)}-1${i % 10}`, role: 'ouder' },
      { firstName: random.pick(FIRST), lastName: last, birthDate: `19${62 + Math.floor(random.next() * 30)}-1${i % 3}-2${i % 8}`, role: 'ouder' },
    ];
    if (i % 25 === 0) people.push({ firstName: random.pick(FIRST), lastName: last, birthDate: addDays(today, -(18 * 365 + 40 - (i % 80))), role: 'kind' });
    const registration = await must<RegistrationDto>(dispatch, 'registrations.create', {
      family: {
        kind: 'steun', street: 'Vrijwilligerslaan', houseNumber: String(1 + i), houseNumberAddition: '', postcode: `${where.postcode} VL`,
        place: where.name.split(' ')[0], phone: '', email: `steungezin${i}@voorbeeld.nl`, municipalityId: where.id, notes: '', people,
      },
      registration: { receivedDate: addDays(today, -200 - (i % 400)), channel: 'zelf', referrerOrganisation: '', referrerType: null, referrerContact: '', question: '' },
      existingFamilyId: null,
      acceptDuplicate: true,
    });
    const adults = registration.family.people.filter((p) => needsVog(p, today, DEFAULT_VOG_RULES));
    const roll = random.next();
    const issueDate = addDays(today, -Math.floor(random.next() * 1250) - 5);
    for (const [k, adult] of adults.entries()) {
      if (roll < 0.55) {
        await must(dispatch, 'vog.change', { id: adult.id, version: 0, to: 'aangevraagd', date: addDays(issueDate, -20), freeScheme: true });
        await must(dispatch, 'vog.change', { id: adult.id, version: 1, to: 'ontvangen', date: addDays(issueDate, 2), issueDate, checkedBy: 'Demo Backoffice', screeningProfile: '45 Vrijwilligerswerk' });
      } else if (roll < 0.8) {
        const requested = addDays(today, -Math.floor(random.next() * 90));
        await must(dispatch, 'vog.change', { id: adult.id, version: 0, to: 'aangevraagd', date: requested, freeScheme: true });
        if (roll > 0.78 && k === 0) await must(dispatch, 'vog.change', { id: adult.id, version: 1, to: 'voornemen_weigering', date: addDays(requested, 20) > today ? today : addDays(requested, 20) });
      }
    }
    if (roll < 0.55) screened.push({ familyId: registration.family.id, municipalityId: where.id, issueDate });
  }
  const matchIds: number[] = [];
  const fresh = screened.filter((s) => s.issueDate >= addDays(today, -800) && s.issueDate <= addDays(today, -40)).slice(0, 150);
  for (const [i, volunteer] of fresh.entries()) {
    const last = random.pick(['Jansen', 'Bakker', 'Smit', 'Meijer', 'Mulder', 'Yılmaz', 'El Amrani', 'Dekker']);
    const requesting = await must<RegistrationDto>(dispatch, 'registrations.create', {
      family: {
        kind: 'vraag', street: 'Gezinsstraat', houseNumber: String(1 + i), houseNumberAddition: '', postcode: '1000 GZ', place: 'Demo',
        phone: '', email: `vraaggezin${i}@voorbeeld.nl`, municipalityId: volunteer.municipalityId, notes: '',
        people: [
          { firstName: random.pick(['Marieke', 'Fatma', 'Saskia', 'Nadia']), lastName: last, birthDate: '1987-05-05', role: 'ouder' },
          { firstName: random.pick(['Daan', 'Emma', 'Sem', 'Julia', 'Noah']), lastName: last, birthDate: `201${i % 9}-06-1${i % 9}`, role: 'kind' },
        ],
      },
      registration: { receivedDate: addDays(volunteer.issueDate, -30), channel: 'verwijzer', referrerOrganisation: 'Wijkteam', referrerType: 'wijkteam', referrerContact: '', question: '' },
      existingFamilyId: null,
      acceptDuplicate: true,
    });
    const start = addDays(volunteer.issueDate, 20);
    let match = await must<MatchDto>(dispatch, 'matches.create', {
      requestingFamilyId: requesting.family.id, supportFamilyId: volunteer.familyId, municipalityId: volunteer.municipalityId, coordinatorId: null,
      childIds: requesting.family.people.filter((p) => p.role === 'kind').map((p) => p.id),
      supportKinds: random.next() < 0.5 ? ['vaste_middag'] : ['logeren', 'activiteiten'], supportOther: '', frequency: 'om de week', agreements: '',
      proposedDate: addDays(start, -25),
    });
    const step = async (to: string, date: string, extra: object = {}) => {
      match = await must<MatchDto>(dispatch, 'matches.changeStatus', { id: match.id, version: match.version, to, date, reason: '', ...extra });
    };
    matchIds.push(match.id);
    await step('kennismaking', addDays(start, -10));
    await step('proefperiode', start);
    if (match.trialEnd! < today && i % 4 !== 0) {
      match = await must<MatchDto>(dispatch, 'matches.recordEvaluation', { id: match.id, version: match.version, sequence: 0, heldDate: match.trialEnd, outcome: 'doorgaan', notes: '' });
      await step('actief', match.trialEnd!);
      if (match.guidanceEnd! < today) await step('afgerond', match.guidanceEnd!, { results: { childResults: ['sociaal', 'zelfvertrouwen'], parentResults: ['rust', 'netwerk'], professionalHelp: 'afgeschaald' } });
      else if (i % 9 === 0) await step('voortijdig_beeindigd', addDays(match.trialEnd!, 30) < today ? addDays(match.trialEnd!, 30) : today, { endReason: 'verhuizing' });
    }
  }
  const { id: policyId } = await must<{ id: number }>(dispatch, 'policies.create', {
    insurer: 'Centraal Beheer', policyNumber: 'AVB-2024-118', coverKind: 'aansprakelijkheid', coverOther: '', takenOutBy: 'stichting',
    allMunicipalities: true, municipalityIds: [], familyIds: [], startDate: '2024-01-01', endDate: null,
    insuredAmounts: '€ 2.500.000 per gebeurtenis', contactName: 'Afdeling schade', contactEmail: 'schade@voorbeeld.nl', contactPhone: '', notes: '',
  });
  const incidents = [
    ['Kind viel van de fiets tijdens een uitje; gehecht bij de huisarts.', 'gemeld', null],
    ['Bril van het kind gebroken bij het spelen in de tuin van het steungezin.', 'uitgekeerd', 18_950],
    ['Blikschade aan de auto van het steungezin bij het ophalen van school.', 'in_behandeling', null],
  ] as const;
  for (const [k, [description, status, amountCents]] of incidents.entries()) {
    await must(dispatch, 'incidents.create', {
      date: addDays(today, -20 * (k + 1)), matchId: matchIds[k * 7], policyId, description, claimNumber: `S-${2026}-${101 + k}`, status, amountCents,
    });
  }
  await must(dispatch, 'policies.create', {
    insurer: 'VNG Vrijwilligerspolis', policyNumber: 'ONG-2026-7', coverKind: 'ongevallen', coverOther: '', takenOutBy: 'gemeente',
    allMunicipalities: false, municipalityIds: places.slice(0, 30).map((p) => p.id), familyIds: [], startDate: '2026-01-01', endDate: addDays(today, 45),
    insuredAmounts: '€ 25.000 bij blijvende invaliditeit', contactName: '', contactEmail: '', contactPhone: '', notes: '',
  });
}
