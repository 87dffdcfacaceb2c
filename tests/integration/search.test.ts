import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FamilyDto } from '../../shared/api/families';
import type { RegistrationCreateValues, RegistrationDto } from '../../shared/api/registrations';
import { fixedClock, openTestDatabase, testDispatcher, type TestDatabase } from '../support/database';
import { data, vraaggezin, workArea } from '../support/registrations';

let db: TestDatabase;
let api: ReturnType<typeof testDispatcher>;

type Person = RegistrationCreateValues['family']['people'][number];
const parent = (firstName: string, lastName: string, year: number): Person => ({
  firstName,
  lastName,
  birthDate: `${year}-03-14`,
  role: 'ouder',
});
const child = (firstName: string, lastName: string): Person => ({
  firstName,
  lastName,
  birthDate: '2017-06-01',
  role: 'kind',
});

/** Families whose names the search must find however they are typed; each at its own address. */
const FAMILIES: Person[][] = [
  [parent('Anna', 'van der Heijden', 1984), child('Tim', 'van der Heijden')],
  [parent('Kees', 'de Boer', 1979), child('Lotte', 'de Boer')],
  [parent('Ayşe', 'Yılmaz', 1986), child('İbrahim', 'Yılmaz')],
  [parent('Fleur', 'Jansen-de Vries', 1990), child('Noor', 'Jansen-de Vries')],
  [parent('Marieke', 'Jansen', 1988), child('Daan', 'Jansen')],
  [parent('Jan', "van 't Hof", 1975), parent('Zoë', 'Öztürk', 1977), child('Sem', "van 't Hof")],
];

beforeEach(async () => {
  db = await openTestDatabase();
  api = testDispatcher(db, fixedClock('2026-11-23T09:00:00Z'));
  await workArea(api.dispatch);
  for (const [i, people] of FAMILIES.entries()) {
    const values = vraaggezin({
      people,
      houseNumber: String(i + 1),
      email: `gezin${i + 1}@voorbeeld.nl`,
      phone: `06123456${String(i).padStart(2, '0')}`,
    });
    data<RegistrationDto>(await api.dispatch('registrations.create', values));
  }
});
afterEach(() => db.close());

/** The families Gezinnen finds, by name, in order. */
async function families(search: string): Promise<string[]> {
  const page = data<{ rows: { name: string }[] }>(
    await api.dispatch('families.search', { kind: null, municipalityId: null, search, limit: 200 }),
  );
  return page.rows.map((row) => row.name).sort();
}

/** The families the queue finds (every status), by name. */
async function queue(search: string): Promise<string[]> {
  const page = data<{ rows: { familyName: string }[]; total: number }>(
    await api.dispatch('registrations.queue', {
      statuses: [],
      kind: null,
      municipalityId: null,
      outsideWorkArea: false,
      channel: null,
      waitingLongerThanDays: null,
      search,
      limit: 200,
    }),
  );
  expect(page.total).toBe(page.rows.length);
  return page.rows.map((row) => row.familyName).sort();
}

describe.each([
  ['Gezinnen', families],
  ['the queue', queue],
])('the name search of %s', (_where, find) => {
  it.each([
    ['Heijden', ['Familie van der Heijden']],
    ['heij', ['Familie van der Heijden']],
    ['van der Heijden', ['Familie van der Heijden']],
    ['Van der heijden', ['Familie van der Heijden']],
    ['Boer', ['Familie de Boer']],
    ['de boer', ['Familie de Boer']],
    ['Yilmaz', ['Familie Yılmaz']],
    ['yılmaz', ['Familie Yılmaz']],
    ['ibrahim', ['Familie Yılmaz']],
    ['Ayse', ['Familie Yılmaz']],
    ['Vries', ['Familie Jansen-de Vries']],
    ['Jansen-de Vries', ['Familie Jansen-de Vries']],
    ['Jansen', ['Familie Jansen', 'Familie Jansen-de Vries']],
    ['hof', ["Familie van 't Hof"]],
    ["van 't Hof", ["Familie van 't Hof"]],
    ['’t hof', ["Familie van 't Hof"]],
    ['ozturk', ["Familie van 't Hof"]],
    ['zoe', ["Familie van 't Hof"]],
  ])('finds %j: %j', async (search, expected) => {
    expect(await find(search)).toEqual(expected);
  });

  it('finds a short word at the start of a first or last name only', async () => {
    expect(await find('yi')).toEqual(['Familie Yılmaz']);
    expect(await find('ti')).toEqual(['Familie van der Heijden']);
    // "ij" stands inside Heijden, not at the start of a name.
    expect(await find('ij')).toEqual([]);
  });

  it('finds a family only when every word is in one of its names', async () => {
    expect(await find('anna heijden')).toEqual(['Familie van der Heijden']);
    expect(await find('tim van der heijden')).toEqual(['Familie van der Heijden']);
    expect(await find('jan öztürk')).toEqual(["Familie van 't Hof"]);
    expect(await find('anna jansen')).toEqual([]);
    expect(await find('kees vries')).toEqual([]);
  });

  it('finds nothing for a name that is not there', async () => {
    for (const search of ['Heijmans', 'Bakker', 'Boerma', 'Yilmazer', 'vriesen', 'xyz']) {
      expect(await find(search), search).toEqual([]);
    }
  });
});

describe('keeping the search up to date', () => {
  async function familyNamed(search: string): Promise<FamilyDto> {
    const [row] = data<{ rows: { id: number }[] }>(
      await api.dispatch('families.search', { kind: null, municipalityId: null, search, limit: 1 }),
    ).rows;
    return data<FamilyDto>(await api.dispatch('families.get', { id: row.id }));
  }

  it('finds a family by its new name once a name is corrected, and no more by the old', async () => {
    const family = await familyNamed('boer');
    const { municipality, people, ...fields } = family;
    data(
      await api.dispatch('families.update', {
        ...fields,
        houseNumberAddition: fields.houseNumberAddition ?? '',
        phone: fields.phone ?? '',
        email: fields.email ?? '',
        notes: fields.notes ?? '',
        municipalityId: municipality?.id ?? null,
        people: [
          { ...people[0], lastName: 'de Graaf' },
          { ...people[1], lastName: 'de Graaf' },
          parent('Şükrü', 'Doğan', 1978),
        ],
      }),
    );
    expect(await families('graaf')).toEqual(['Familie de Graaf']);
    expect(await families('sukru dogan')).toEqual(['Familie de Graaf']);
    expect(await queue('kees de graaf')).toEqual(['Familie de Graaf']);
    expect(await families('boer')).toEqual([]);
    expect(await queue('boer')).toEqual([]);
  });

  it('finds the families an import wrote, as the import wrote them', async () => {
    const header =
      'Soort;Datum aanmelding;Voornaam;Achternaam;Geboortedatum;Voornaam kind;Geboortedatum kind;Straat;Huisnummer;Postcode;Plaats;Telefoon;E-mail;Verwijzer;Soort verwijzer;Hulpvraag';
    const rows = [
      'vraaggezin;03-11-2026;Renée;Müller-Çelik;12-05-1990;Zoë;01-02-2018;Gedempte Oude Gracht;14a;2011gj;Haarlem;0612345699;renee@voorbeeld.nl;Wijkteam Centrum;wijkteam;',
      'vraaggezin;04-11-2026;Pieter;ter Heijde;30-08-1975;Bas;01-02-2016;Zeeweg;3;2041KP;Zandvoort;;pieter@voorbeeld.nl;;;',
    ];
    const file = {
      fileName: 'aanmeldingen.csv',
      contentBase64: Buffer.from([header, ...rows].join('\r\n'), 'latin1').toString('base64'),
      mapping: null,
    };
    data(await api.dispatch('imports.commit', file));
    expect(await queue('celik')).toEqual(['Familie Müller-Çelik']);
    expect(await queue('Muller')).toEqual(['Familie Müller-Çelik']);
    // The mother's and the child's names are in the one row the import wrote for the family.
    expect(await queue('renee zoe')).toEqual(['Familie Müller-Çelik']);
    expect(await queue('heij')).toEqual(['Familie ter Heijde', 'Familie van der Heijden']);
    expect(await queue('Heijde')).toEqual(['Familie ter Heijde', 'Familie van der Heijden']);
    expect(await queue('Heijden')).toEqual(['Familie van der Heijden']);
  });
});
