import { createHash } from 'node:crypto';
import { IMPORT_FIELDS, type ImportFieldKey, type ImportMapping } from '../../../shared/api/imports';
import {
  REFERRER_TYPES,
  REFERRER_TYPE_LABELS,
  registrationCreate,
  type RegistrationCreate,
} from '../../../shared/api/registrations';
import { parseDutchDate } from '../../../shared/domain/dates';
import { familyIssues, type PersonRole } from '../../../shared/domain/families';
import { normalizeText } from '../../../shared/domain/text';

export interface CheckedRow {
  rowNumber: number;
  values: RegistrationCreate | null;
  messages: string[];
  importKey: string;
  summary: string;
  /** As written in the file: the main process looks up the werkgebied (it needs the database). */
  postcode: string;
  place: string;
}

/** Fields added after files were first imported: in a row's key only when filled, so old keys still match. */
const LATER_FIELDS: readonly ImportFieldKey[] = ['infix', 'houseNumberAddition'];

const LABELS: Record<string, string> = {
  'family.kind': 'Soort gezin',
  'family.street': 'Straat',
  'family.houseNumber': 'Huisnummer',
  'family.houseNumberAddition': 'Toevoeging',
  'family.postcode': 'Postcode',
  'family.place': 'Plaats',
  'family.phone': 'Telefoon',
  'family.email': 'E-mail',
  'family.people': 'Personen',
  'family.people.0.firstName': 'Voornaam ouder',
  'family.people.0.lastName': 'Achternaam',
  'family.people.0.birthDate': 'Geboortedatum ouder',
  'family.people.1.firstName': 'Voornaam kind',
  'family.people.1.lastName': 'Achternaam',
  'family.people.1.birthDate': 'Geboortedatum kind',
  'registration.receivedDate': 'Datum aanmelding',
  'registration.referrerOrganisation': 'Verwijzer',
  'registration.referrerType': 'Soort verwijzer',
  'registration.referrerContact': 'Contactpersoon',
  'registration.question': 'Vraag of motivatie',
};

/**
 * Turns one spreadsheet row into a registration, checked by the same rules as one typed by hand.
 * Pure (no database): it runs in the import worker; the werkgebied is filled in afterwards.
 */
export function checkRow(cells: string[], rowNumber: number, mapping: ImportMapping, today: string): CheckedRow {
  const get = (key: ImportFieldKey) => {
    const index = mapping[key];
    return index === null || index === undefined ? '' : (cells[index] ?? '').trim();
  };
  const messages = missingColumns(mapping).map((label) => `Het bestand heeft geen kolom voor ${label}.`);
  const dates = {
    receivedDate: get('receivedDate'),
    birthDate: get('birthDate'),
    childBirthDate: get('childBirthDate'),
  };
  const iso = Object.fromEntries(
    Object.entries(dates).map(([key, value]) => [key, value ? parseDutchDate(value) : null]),
  ) as Record<keyof typeof dates, string | null>;
  for (const [key, label] of [
    ['receivedDate', 'Datum aanmelding'],
    ['birthDate', 'Geboortedatum ouder'],
    ['childBirthDate', 'Geboortedatum kind'],
  ] as const) {
    if (dates[key] && !iso[key]) messages.push(`${label}: "${dates[key]}" is geen geldige datum. Gebruik dd-mm-jjjj.`);
  }
  const address = splitAddress(get('street'), get('houseNumber'), get('houseNumberAddition'));
  if (address.conflict) messages.push(address.conflict);
  const lastName = [get('infix'), get('lastName')].filter(Boolean).join(' ');
  const organisation = get('referrerOrganisation');
  const people: { firstName: string; lastName: string; birthDate: string; role: PersonRole }[] = [
    { firstName: get('firstName'), lastName, birthDate: iso.birthDate ?? '', role: 'ouder' },
  ];
  if (get('childFirstName') || get('childBirthDate')) {
    people.push({
      firstName: childFirstName(get('childFirstName'), lastName),
      lastName,
      birthDate: iso.childBirthDate ?? '',
      role: 'kind',
    });
  }
  const candidate = {
    family: {
      kind: familyKind(get('kind')),
      street: address.street,
      houseNumber: address.houseNumber,
      houseNumberAddition: address.addition,
      postcode: get('postcode'),
      place: get('place'),
      phone: get('phone'),
      email: get('email'),
      municipalityId: null,
      notes: '',
      people,
    },
    registration: {
      receivedDate: iso.receivedDate ?? '',
      channel: organisation ? 'verwijzer' : 'zelf',
      referrerOrganisation: organisation,
      referrerType: organisation ? referrerType(get('referrerType')) : null,
      referrerContact: get('referrerContact'),
      question: get('question'),
    },
    existingFamilyId: null,
    acceptDuplicate: false,
  };
  const parsed = registrationCreate.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const label = LABELS[issue.path.join('.')] ?? issue.path.join('.');
      if (!messages.some((message) => message.startsWith(`${label}:`))) messages.push(`${label}: ${issue.message}`);
    }
  } else {
    for (const issue of familyIssues(parsed.data.family.kind, parsed.data.family.people, today))
      messages.push(issue.message);
    if (parsed.data.registration.receivedDate > today) messages.push('Datum aanmelding ligt in de toekomst.');
  }
  return {
    rowNumber,
    values: messages.length === 0 && parsed.success ? parsed.data : null,
    messages: [...new Set(messages)],
    importKey: createHash('sha256')
      .update(
        JSON.stringify(
          IMPORT_FIELDS.filter((f) => !LATER_FIELDS.includes(f.key) || get(f.key) !== '').map((f) =>
            normalizeText(get(f.key)),
          ),
        ),
      )
      .digest('hex'),
    summary: [get('firstName'), lastName, get('postcode')].filter(Boolean).join(' ') || '(lege rij)',
    postcode: get('postcode'),
    place: get('place'),
  };
}

/** The required fields without a column; a street column that holds the number too stands in for Huisnummer. */
export function missingColumns(mapping: ImportMapping): string[] {
  const has = (key: ImportFieldKey) => (mapping[key] ?? null) !== null;
  return IMPORT_FIELDS.filter((f) => f.required && !has(f.key) && !(f.key === 'houseNumber' && has('street'))).map(
    (f) => f.label,
  );
}

interface Address {
  street: string;
  houseNumber: string;
  addition: string;
  conflict?: string;
}

/**
 * "112A", "112-a" or "112 bis" in the number column, a Toevoeging column, or "Schoterweg 112A" in
 * the street column when there is no number: always number 112 and addition "A" apart, as typed by hand.
 */
export function splitAddress(street: string, number: string, addition: string): Address {
  let rest = street;
  let written = number;
  if (!written) {
    const inStreet = /^(.*?\D)\s+(\d+\s*[-\s]?\s*[a-z0-9]{0,6})$/i.exec(street);
    if (inStreet) [, rest, written] = inStreet;
  }
  const [, houseNumber = written, own = ''] = /^(\d+)\s*[-\s]?\s*(.*)$/.exec(written) ?? [];
  if (own && addition && normalizeText(own) !== normalizeText(addition)) {
    return {
      street: rest,
      houseNumber,
      addition,
      conflict: `Huisnummer "${written}" en toevoeging "${addition}" spreken elkaar tegen.`,
    };
  }
  return { street: rest.trim(), houseNumber, addition: addition || own };
}

/** "Naam kind" often holds the whole name: the family's last name after it is not part of the first name. */
function childFirstName(name: string, familyName: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  const family = familyName.split(/\s+/).filter(Boolean);
  if (family.length === 0 || words.length <= family.length) return name;
  const tail = words.slice(-family.length).join(' ');
  return normalizeText(tail) === normalizeText(familyName) ? words.slice(0, -family.length).join(' ') : name;
}

function familyKind(value: string): string {
  const key = normalizeText(value);
  if (['vraag', 'vraaggezin', 'v'].includes(key)) return 'vraag';
  if (['steun', 'steungezin', 's'].includes(key)) return 'steun';
  return value;
}

function referrerType(value: string): string {
  const key = normalizeText(value);
  return REFERRER_TYPES.find((type) => type === key || normalizeText(REFERRER_TYPE_LABELS[type]) === key) ?? 'anders';
}
