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
import type { WorkAreas } from '../registrations/work-area';

export interface CheckedRow {
  rowNumber: number;
  values: RegistrationCreate | null;
  messages: string[];
  importKey: string;
  summary: string;
}

const LABELS: Record<string, string> = {
  'family.kind': 'Soort gezin',
  'family.street': 'Straat',
  'family.houseNumber': 'Huisnummer',
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

/** Turns one spreadsheet row into a registration, checked by the same rules as one typed by hand. */
export function checkRow(
  cells: string[],
  rowNumber: number,
  mapping: ImportMapping,
  workAreas: WorkAreas,
  today: string,
): CheckedRow {
  const get = (key: ImportFieldKey) => {
    const index = mapping[key];
    return index === null || index === undefined ? '' : (cells[index] ?? '').trim();
  };
  const messages = IMPORT_FIELDS.filter((f) => f.required && (mapping[f.key] ?? null) === null).map(
    (f) => `Het bestand heeft geen kolom voor ${f.label}.`,
  );
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
  const [, houseNumber = get('houseNumber'), addition = ''] = /^(\d+)\s*[-\s]?\s*(.*)$/.exec(get('houseNumber')) ?? [];
  const organisation = get('referrerOrganisation');
  const people: { firstName: string; lastName: string; birthDate: string; role: PersonRole }[] = [
    { firstName: get('firstName'), lastName: get('lastName'), birthDate: iso.birthDate ?? '', role: 'ouder' },
  ];
  if (get('childFirstName') || get('childBirthDate')) {
    people.push({
      firstName: get('childFirstName'),
      lastName: get('lastName'),
      birthDate: iso.childBirthDate ?? '',
      role: 'kind',
    });
  }
  const candidate = {
    family: {
      kind: familyKind(get('kind')),
      street: get('street'),
      houseNumber,
      houseNumberAddition: addition,
      postcode: get('postcode'),
      place: get('place'),
      phone: get('phone'),
      email: get('email'),
      municipalityId: workAreas.suggest(get('postcode'), get('place')).municipality?.id ?? null,
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
      .update(JSON.stringify(IMPORT_FIELDS.map((f) => normalizeText(get(f.key)))))
      .digest('hex'),
    summary: [get('firstName'), get('lastName'), get('postcode')].filter(Boolean).join(' ') || '(lege rij)',
  };
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
