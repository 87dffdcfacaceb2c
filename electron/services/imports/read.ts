import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/node';
import { IMPORT_FIELDS, type ImportMapping } from '../../../shared/api/imports';
import { normalizeText, plainText } from '../../../shared/domain/text';
import { DomainError } from '../errors';

export interface Table {
  headers: string[];
  rows: string[][];
}

const UNREADABLE =
  'Dit bestand kan de app niet lezen. Kies een .csv- of .xlsx-bestand, bijvoorbeeld opgeslagen vanuit Excel.';

/** A spreadsheet as rows of text: .xlsx, or .csv in UTF-8 (with or without BOM) or Windows-1252. */
export async function readTable(fileName: string, bytes: Buffer): Promise<Table> {
  const cells = /\.xlsx$/i.test(fileName) ? await readXlsx(bytes) : readCsv(bytes);
  const [headers = [], ...rows] = cells.filter((row) => row.some((cell) => cell.trim() !== ''));
  if (headers.length === 0)
    throw new DomainError('VALIDATION', 'Het bestand is leeg.', [
      { path: 'contentBase64', message: 'Het bestand is leeg.' },
    ]);
  return { headers: headers.map((header) => header.trim()), rows };
}

function readCsv(bytes: Buffer): string[][] {
  const parsed = Papa.parse<string[]>(decode(bytes), { delimitersToGuess: [';', ',', '\t'], skipEmptyLines: 'greedy' });
  if (parsed.data.length === 0) throw new DomainError('VALIDATION', UNREADABLE);
  return parsed.data;
}

/** Excel on Windows saves "CSV" as Windows-1252 unless asked for UTF-8, which then starts with a BOM. */
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

async function readXlsx(bytes: Buffer): Promise<string[][]> {
  try {
    const sheet = await readSheet(bytes);
    return sheet.map((row) => row.map(cellText));
  } catch {
    throw new DomainError('VALIDATION', UNREADABLE, [{ path: 'contentBase64', message: UNREADABLE }]);
  }
}

/** Excel dates become dd-mm-jjjj text, like a date typed in a CSV. */
function cellText(value: unknown): string {
  if (value instanceof Date) {
    const iso = value.toISOString().slice(0, 10);
    return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
  }
  return plainText(value);
}

/** Guesses which column fills which field from the header names. */
export function guessMapping(headers: string[]): ImportMapping {
  const keys = headers.map(headerKey);
  const mapping: ImportMapping = {};
  for (const field of IMPORT_FIELDS) {
    const names = [field.label, ...field.aliases].map(headerKey);
    const index = keys.findIndex((key) => names.includes(key));
    mapping[field.key] = index >= 0 ? index : null;
  }
  return mapping;
}

/** "E-mail", "e mail" and "E_Mail " all become "e mail". */
function headerKey(header: string): string {
  return normalizeText(header)
    .replace(/[^a-z0-9/]+/g, ' ')
    .trim();
}
