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
    aliases: ['voornaam', 'voornaam ouder', 'voornaam verzorger'],
  },
  {
    key: 'lastName',
    label: 'Achternaam',
    required: true,
    aliases: ['achternaam', 'achternaam ouder', 'naam', 'familienaam'],
  },
  { key: 'birthDate', label: 'Geboortedatum ouder', required: true, aliases: ['geboortedatum', 'geboortedatum ouder'] },
  { key: 'childFirstName', label: 'Voornaam kind', required: false, aliases: ['voornaam kind', 'kind'] },
  { key: 'childBirthDate', label: 'Geboortedatum kind', required: false, aliases: ['geboortedatum kind'] },
  { key: 'street', label: 'Straat', required: true, aliases: ['straat', 'straatnaam', 'adres'] },
  { key: 'houseNumber', label: 'Huisnummer', required: true, aliases: ['huisnummer', 'nr', 'huisnr'] },
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
] as const;

export type ImportFieldKey = (typeof IMPORT_FIELDS)[number]['key'];

/** Which column (by index) fills each field; null leaves it empty. */
export type ImportMapping = Partial<Record<ImportFieldKey, number | null>>;

const MAX_FILE_BYTES = 20 * 1024 * 1024;

const importFile = z.object({
  fileName: z.string().trim().min(1).max(255),
  /** The file's bytes, base64; parsed and checked in the main process. */
  contentBase64: z.string().max(Math.ceil(MAX_FILE_BYTES / 3) * 4, { error: 'Het bestand is groter dan 20 MB.' }),
  mapping: z.record(z.string(), z.number().int().min(0).nullable()).nullable(),
});
export type ImportFile = z.output<typeof importFile>;

type ImportRowStatus = 'new' | 'duplicate' | 'invalid';

export interface ImportRowDto {
  rowNumber: number;
  status: ImportRowStatus;
  summary: string;
  messages: string[];
}

export interface ImportPreview {
  headers: string[];
  mapping: ImportMapping;
  rows: ImportRowDto[];
  counts: Record<ImportRowStatus, number>;
}

export interface ImportResult {
  id: number;
  imported: number;
  skipped: number;
}

export const importOperations = {
  'imports.preview': operation<ImportPreview>()(importFile, {
    roles: BACKOFFICE,
    reads: ['family', 'registration', 'municipality', 'import'],
  }),
  'imports.commit': operation<ImportResult>()(importFile, {
    roles: BACKOFFICE,
    changes: ['import', 'family', 'registration'],
  }),
};
