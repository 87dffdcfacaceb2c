import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { addDays } from '../../shared/domain/dates';

/** The header row a referrer's list has: "Toev." and "Naam kind", no mapping needed. */
export const LARGE_HEADER = [
  'Soort',
  'Datum aanmelding',
  'Voornaam ouder',
  'Tussenvoegsel',
  'Achternaam',
  'Geboortedatum',
  'Naam kind',
  'Geb. datum kind',
  'Straat',
  'Huisnummer',
  'Toev.',
  'Postcode',
  'Woonplaats',
  'E-mail',
];

const dutch = (iso: string) => iso.split('-').reverse().join('-');

/** Eight letters per name from a seeded generator: no two rows have names a few edits apart. */
function nameMaker(seed: number) {
  let state = seed;
  return () => {
    let name = '';
    for (let i = 0; i < 8; i++) {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      name += String.fromCharCode(97 + (state % 26));
    }
    return name[0].toUpperCase() + name.slice(1);
  };
}

/**
 * `count` rows of new families in Haarlem (postcodes 2000-2039), every one unlike the others; every
 * `invalidEvery`-th row has an impossible date. Dates are dd-mm-jjjj text, as a CSV holds them.
 */
export function largeImportRows(count: number, invalidEvery = 0): string[][] {
  const name = nameMaker(2026);
  const rows: string[][] = [];
  for (let i = 0; i < count; i++) {
    const invalid = invalidEvery > 0 && i % invalidEvery === invalidEvery - 1;
    rows.push([
      'vraaggezin',
      invalid ? '31-02-2026' : dutch(addDays('2026-01-01', i % 300)),
      name(),
      i % 5 === 0 ? 'van' : '',
      name(),
      dutch(addDays('1960-01-01', i % 15000)),
      name(),
      dutch(addDays('2010-01-01', i % 5000)),
      'Laadstraat',
      String(1 + Math.floor(i / 40)),
      i % 3 === 0 ? 'A' : '',
      `${2000 + (i % 40)} AB`,
      'Haarlem',
      `gezin${i}@voorbeeld.nl`,
    ]);
  }
  return rows;
}

export function csvOf(rows: string[][]): Buffer {
  return Buffer.from([LARGE_HEADER, ...rows].map((row) => row.join(';')).join('\r\n'), 'utf8');
}

/** An .xlsx written row by row (ExcelJS's streaming writer), as Excel would save a long list. */
export async function xlsxOf(rows: string[][]): Promise<Buffer> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'import-')), 'lijst.xlsx');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = workbook.addWorksheet('Aanmeldingen');
  sheet.addRow(LARGE_HEADER).commit();
  for (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
  const bytes = fs.readFileSync(file);
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  return bytes;
}
