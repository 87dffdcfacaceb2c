import { z } from 'zod';
import { BACKOFFICE } from './access';
import { operation } from './operation';

/** The fields an import can fill, with the header names Dutch spreadsheets use for them. */
export const IMPORT_FIELDS = [
  {
    key: 'kind',
    label: 'Soort gezin',
    required: true,
    aliases: ['soort', 'soort gezin', 'type gezin', 'gezin', 'vraag/steun'],
  },
  {
    key: 'receivedDate',
    label: 'Datum aanmelding',
    required: true,
    aliases: ['datum', 'datum aanmelding', 'aanmelddatum', 'ontvangen'],
  },
  {
    key: 'firstName',
    label: 'Voornaam ouder',
    required: true,
    aliases: [
      'voornaam',
      'voornaam ouder',
      'voornaam verzorger',
      'voornaam ouder/verzorger',
      'roepnaam',
      'roepnaam ouder',
      'voornaam aanvrager',
      'voornaam moeder',
      'voornaam vader',
    ],
  },
  {
    key: 'lastName',
    label: 'Achternaam',
    required: true,
    aliases: [
      'achternaam',
      'achternaam ouder',
      'achternaam verzorger',
      'achternaam ouder/verzorger',
      'achternaam aanvrager',
      'naam',
      'naam ouder',
      'naam ouder/verzorger',
      'familienaam',
      'geslachtsnaam',
    ],
  },
  {
    key: 'birthDate',
    label: 'Geboortedatum ouder',
    required: true,
    aliases: [
      'geboortedatum',
      'geboortedatum ouder',
      'geboortedatum ouder/verzorger',
      'geb datum',
      'geb datum ouder',
      'geboortedatum aanvrager',
    ],
  },
  {
    key: 'childFirstName',
    label: 'Voornaam kind',
    required: false,
    aliases: [
      'voornaam kind',
      'kind',
      'naam kind',
      'roepnaam kind',
      'naam van het kind',
      'voornaam van het kind',
      'kind naam',
      'kind voornaam',
    ],
  },
  {
    key: 'childBirthDate',
    label: 'Geboortedatum kind',
    required: false,
    aliases: ['geboortedatum kind', 'geb datum kind', 'geboortedatum van het kind', 'kind geboortedatum'],
  },
  { key: 'street', label: 'Straat', required: true, aliases: ['straat', 'straatnaam', 'adres'] },
  {
    key: 'houseNumber',
    label: 'Huisnummer',
    required: true,
    aliases: ['huisnummer', 'nr', 'huisnr', 'nummer', 'huisnummer en toevoeging'],
  },
  { key: 'postcode', label: 'Postcode', required: true, aliases: ['postcode', 'pc'] },
  { key: 'place', label: 'Plaats', required: true, aliases: ['plaats', 'woonplaats'] },
  { key: 'phone', label: 'Telefoon', required: false, aliases: ['telefoon', 'telefoonnummer', 'tel', 'mobiel'] },
  { key: 'email', label: 'E-mail', required: false, aliases: ['email', 'e-mail', 'e-mailadres', 'emailadres'] },
  {
    key: 'referrerOrganisation',
    label: 'Verwijzer',
    required: false,
    aliases: ['verwijzer', 'organisatie verwijzer', 'verwezen door'],
  },
  { key: 'referrerType', label: 'Soort verwijzer', required: false, aliases: ['soort verwijzer', 'type verwijzer'] },
  {
    key: 'referrerContact',
    label: 'Contactpersoon',
    required: false,
    aliases: ['contactpersoon', 'contactpersoon verwijzer'],
  },
  {
    key: 'question',
    label: 'Vraag of motivatie',
    required: false,
    aliases: ['vraag', 'hulpvraag', 'motivatie', 'toelichting'],
  },
  // Last, so that files made from the older list of labels (in that order) keep their columns.
  {
    key: 'infix',
    label: 'Tussenvoegsel',
    required: false,
    aliases: ['tussenvoegsel', 'tussenvoegsels', 'tussenv', 'voorvoegsel', 'tussenvoegsel ouder'],
  },
  {
    key: 'houseNumberAddition',
    label: 'Toevoeging',
    required: false,
    aliases: [
      'toevoeging',
      'toev',
      'huisnummertoevoeging',
      'huisnummer toevoeging',
      'toevoeging huisnummer',
      'huisnr toev',
      'huisnr toevoeging',
      'huisnummer toev',
      'huisletter',
    ],
  },
] as const;

export type ImportFieldKey = (typeof IMPORT_FIELDS)[number]['key'];

/** Which column (by index) fills each field; null leaves it empty. */
export type ImportMapping = Partial<Record<ImportFieldKey, number | null>>;

/** A 200,000-row CSV is about 40 MB; larger lists are split by the user. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const TOO_LARGE_MESSAGE =
  'Het bestand is groter dan 50 MB. Splits het in kleinere bestanden en importeer die na elkaar.';

/**
 * The most rows one import takes. An import is one transaction, and on one computer's database that
 * holds every colleague's work until it is written: 25,000 rows take seconds, 200,000 minutes. A year
 * of registrations is a few thousand, so a larger file is a whole system's history, to be split.
 */
export const MAX_IMPORT_ROWS = 25_000;
export const TOO_MANY_ROWS_MESSAGE =
  'Dit bestand heeft meer dan 25.000 rijen. Eén import van die omvang houdt de app minutenlang bezig, ook voor uw collega’s. Splits het bestand in delen van hoogstens 25.000 rijen en importeer die na elkaar.';

/** At most this many rows come back with their details; the counts cover every row. */
export const PREVIEW_ROW_LIMIT = 5000;

export const IMPORT_CANCELLED = 'Import geannuleerd.';

const mapping = z.record(z.string().max(40), z.number().int().min(0).max(10_000).nullable());

const importFile = z.object({
  fileName: z.string().trim().min(1).max(255),
  /** The file's bytes, base64; read and checked in a worker of the main process. */
  contentBase64: z.string().max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4, { error: TOO_LARGE_MESSAGE }),
  /** null: the columns are recognised from the header row (or a remembered layout below). */
  mapping: mapping.nullable(),
  /** Names this reading, so the page can ask how far it is or cancel it. */
  jobId: z.uuid().optional(),
  /** The columns this computer chose before for files with a given header row (`ImportPreview.layout`). */
  remembered: z
    .array(z.object({ layout: z.string().max(4000), mapping }))
    .max(50)
    .optional(),
});
export type ImportFile = z.output<typeof importFile>;

type ImportRowStatus = 'new' | 'duplicate' | 'invalid';

export interface ImportRowDto {
  rowNumber: number;
  status: ImportRowStatus;
  summary: string;
  /** The municipality whose werkgebied the row lands in; null: outside every werkgebied. */
  municipality: string | null;
  messages: string[];
}

export interface ImportPreview {
  headers: string[];
  /** The header row, normalised: files with the same columns share it, and so their mapping. */
  layout: string;
  mapping: ImportMapping;
  /** Where the mapping came from: recognised headers, this computer's earlier choice, or the request. */
  mappingSource: 'guessed' | 'remembered' | 'chosen';
  /** At most PREVIEW_ROW_LIMIT: first the invalid and duplicate rows, then new ones. */
  rows: ImportRowDto[];
  counts: Record<ImportRowStatus, number>;
}

export interface ImportResult {
  id: number;
  imported: number;
  skipped: number;
}

export const IMPORT_PHASES = ['waiting', 'reading', 'checking', 'done'] as const;

export interface ImportProgress {
  /** waiting: not started (or unknown); reading: the worker reads the file; checking: against the database. */
  phase: (typeof IMPORT_PHASES)[number];
  rowsRead: number;
  /** How much of the file is read, 0 to 1. */
  fraction: number;
}

const job = z.object({ jobId: z.uuid() });

export const importOperations = {
  'imports.preview': operation<ImportPreview>()(importFile, {
    roles: BACKOFFICE,
    reads: ['family', 'registration', 'municipality', 'import'],
  }),
  'imports.commit': operation<ImportResult>()(importFile, {
    roles: BACKOFFICE,
    changes: ['import', 'family', 'registration'],
  }),
  'imports.progress': operation<ImportProgress>()(job, { roles: BACKOFFICE, reads: ['import'] }),
  // Stops a reading in the worker; it changes no records, so it is a question.
  'imports.cancel': operation<{ cancelled: boolean }>()(job, { roles: BACKOFFICE, reads: ['import'] }),
};
