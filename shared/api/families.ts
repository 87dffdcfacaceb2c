import { z } from 'zod';
import { FAMILY_KINDS, PERSON_ROLES, type FamilyKind, type PersonRole } from '../domain/families';
import { BACKOFFICE } from './access';
import { isoDate } from './dates';
import { id, optionalEmail, optionalPhone, optionalText, postcodeField, requiredText, version } from './fields';
import { exportFormat, listWindow, pageWindow, type ExportFileDto, type ListPage } from './lists';
import { operation } from './operation';

const personFields = z.object({
  id: id.optional(),
  firstName: requiredText('Voornaam', 60),
  lastName: requiredText('Achternaam', 80),
  birthDate: isoDate('Geboortedatum'),
  role: z.enum(PERSON_ROLES, { error: 'Kies een rol.' }),
});

export const familyFields = z.object({
  kind: z.enum(FAMILY_KINDS, { error: 'Kies vraaggezin of steungezin.' }),
  street: requiredText('Straat', 100),
  houseNumber: z
    .string()
    .trim()
    .regex(/^[1-9]\d{0,4}$/, { error: 'Vul een huisnummer in (alleen cijfers).' }),
  houseNumberAddition: optionalText('Toevoeging', 10),
  postcode: postcodeField,
  place: requiredText('Plaats', 80),
  phone: optionalPhone,
  email: optionalEmail,
  municipalityId: id.nullable(),
  notes: optionalText('Notities', 2000, { multiline: true }),
  people: z.array(personFields).min(1, { error: 'Voeg minstens één persoon toe.' }).max(20),
});
export type FamilyFormValues = z.input<typeof familyFields>;
export type FamilyFields = z.output<typeof familyFields>;

const familyUpdate = familyFields.extend({ id, version });
export type FamilyUpdate = z.output<typeof familyUpdate>;

/** The columns of Gezinnen that sort and filter in the main process. */
export const FAMILY_COLUMNS = ['name', 'kind', 'address', 'postcode', 'place', 'municipality'] as const;
export type FamilyColumn = (typeof FAMILY_COLUMNS)[number];

const familyFilter = z
  .object({ kind: z.enum(FAMILY_KINDS).nullable(), municipalityId: id.nullable() })
  .extend(listWindow(FAMILY_COLUMNS).shape);
export type FamilyFilter = z.output<typeof familyFilter>;

const familySearch = familyFilter.extend(pageWindow.shape);
export type FamilySearch = z.output<typeof familySearch>;

export interface FamilyRow {
  id: number;
  name: string;
  kind: FamilyKind;
  street: string;
  houseNumber: string;
  postcode: string;
  place: string;
  municipalityName: string | null;
}

interface PersonDto {
  id: number;
  firstName: string;
  lastName: string;
  birthDate: string;
  role: PersonRole;
}

export interface FamilyDto {
  id: number;
  kind: FamilyKind;
  /** "Familie Jansen": how the backoffice names a family. */
  name: string;
  street: string;
  houseNumber: string;
  houseNumberAddition: string | null;
  postcode: string;
  place: string;
  phone: string | null;
  email: string | null;
  municipality: { id: number; name: string } | null;
  notes: string | null;
  people: PersonDto[];
  version: number;
}

export interface DuplicateCandidate {
  familyId: number;
  name: string;
  address: string;
  kind: FamilyKind;
  reasons: string[];
}

const loose = z.string().max(200).optional();

/** What the form has so far: lenient, since a duplicate check runs while the user types. */
const duplicatesInput = z.object({
  postcode: loose,
  houseNumber: loose,
  houseNumberAddition: loose,
  email: loose,
  phone: loose,
  people: z.array(z.object({ firstName: loose, lastName: loose, birthDate: loose })).max(20),
});
export type DuplicatesInput = z.output<typeof duplicatesInput>;

export interface WorkAreaSuggestion {
  municipality: { id: number; name: string } | null;
  outsideWorkArea: boolean;
}

export const familyOperations = {
  'families.get': operation<FamilyDto>()(z.object({ id }), {
    roles: BACKOFFICE,
    reads: ['family', 'registration', 'match', 'vog'],
    logsReading: 'family',
  }),
  'families.search': operation<ListPage<FamilyRow>>()(familySearch, {
    roles: BACKOFFICE,
    reads: ['family', 'registration', 'match', 'municipality'],
  }),
  'families.export': operation<ExportFileDto>()(familyFilter.extend(exportFormat.shape), {
    roles: BACKOFFICE,
    reads: ['family', 'municipality'],
  }),
  'families.update': operation<FamilyDto>()(familyUpdate, {
    roles: BACKOFFICE,
    changes: ['family', 'registration', 'match', 'vog'],
  }),
  'families.findDuplicates': operation<DuplicateCandidate[]>()(duplicatesInput, {
    roles: BACKOFFICE,
    reads: ['family'],
  }),
  'families.suggestMunicipality': operation<WorkAreaSuggestion>()(
    z.object({ postcode: z.string().max(20), place: z.string().max(80).optional() }),
    { roles: BACKOFFICE, reads: ['municipality'] },
  ),
};
