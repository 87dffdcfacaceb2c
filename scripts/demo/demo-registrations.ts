import type { Dispatch } from '../../electron/main/ipc/dispatch';
import { REFERRER_TYPES } from '../../shared/api/registrations';
import { addDays } from '../../shared/domain/dates';
import { seededRandom } from './data';

const CHILDREN = ['Daan', 'Emma', 'Sem', 'Julia', 'Noah', 'Mila', 'Liam', 'Zoë', 'Ayoub', 'Lina', 'Finn', 'Sara'];
const PARENTS = ['Marieke', 'Fatma', 'Kees', 'Ingrid', 'Omar', 'Saskia', 'Jeroen', 'Nadia', 'Petra', 'Youssef'];
const SURNAMES = ['Jansen', 'de Vries', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Yılmaz', 'El Amrani', 'Kaya', 'Postma', 'Hoekstra', 'Dekker', 'Brouwer'];
const STREETS = ['Kerkstraat', 'Dorpsstraat', 'Schoolstraat', 'Molenweg', 'Lindelaan', 'Parkweg'];
const QUESTIONS = [
  'Moeder is alleen met drie kinderen en heeft weinig netwerk; de kinderen hebben behoefte aan een vaste plek in het weekend.',
  'Vader werkt in ploegendiensten en mantelzorgt voor zijn moeder; de jongste mist aandacht.',
  'Wij hebben een groot huis en tijd over sinds onze kinderen het huis uit zijn.',
  'Ouders zijn overbelast door de zorg voor een kind met een beperking; broer en zus hebben een uitje nodig.',
];

/**
 * Registrations of the last months through the app's own operations (validated, audited), with a
 * few already taken through triage.
 */
export async function seedDemoRegistrations(dispatch: Dispatch, municipalities: { id: number; name: string; postcode: string }[], today: string, count = 300) {
  const random = seededRandom(99);
  for (let i = 0; i < count; i++) {
    const where = random.pick(municipalities);
    const kind = random.next() < 0.55 ? 'vraag' : 'steun';
    const surname = random.pick(SURNAMES);
    const referred = kind === 'vraag' && random.next() < 0.8;
    const year = (from: number, span: number) => from + Math.floor(random.next() * span);
    const date = (y: number) => `${y}-${String(1 + Math.floor(random.next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random.next() * 28)).padStart(2, '0')}`;
    const people = [{ firstName: random.pick(PARENTS), lastName: surname, birthDate: date(year(1970, 25)), role: 'ouder' }];
    if (kind === 'vraag') people.push({ firstName: random.pick(CHILDREN), lastName: surname, birthDate: date(year(2010, 15)), role: 'kind' });
    const response = await dispatch('registrations.create', {
      family: {
        kind, street: random.pick(STREETS), houseNumber: String(1 + Math.floor(random.next() * 150)), houseNumberAddition: '',
        postcode: `${where.postcode} ${'ABCDEFGHJK'[i % 10]}${'LMNPRSTVWZ'[Math.floor(i / 10) % 10]}`, place: where.name.split(' ')[0],
        phone: '', email: `gezin${i}@voorbeeld.nl`, municipalityId: where.id, notes: '', people,
      },
      registration: {
        receivedDate: addDays(today, -Math.floor(random.next() * 120)),
        channel: referred ? 'verwijzer' : 'zelf',
        referrerOrganisation: referred ? `${random.pick(['Wijkteam', 'CJG', 'Basisschool De Regenboog', 'Huisartsenpraktijk'])} ${where.name}` : '',
        referrerType: referred ? random.pick(REFERRER_TYPES) : null,
        referrerContact: '', question: random.pick(QUESTIONS),
      },
      existingFamilyId: null,
      acceptDuplicate: true,
    });
    if (!response.ok) throw new Error(`registrations.create: ${JSON.stringify(response.error)}`);
    const { id, version } = response.data as { id: number; version: number };
    if (random.next() < 0.4) await dispatch('registrations.changeStatus', { id, version, to: 'in_behandeling', reason: '', referredTo: '', coordinatorId: null });
  }
}
