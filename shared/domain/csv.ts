import Papa from 'papaparse';

/**
 * The one CSV writer of the app, for the page's and the main process's exports alike: semicolons
 * and Windows line ends, as Dutch Excel opens them. The caller adds the byte order mark.
 */
export function csvText(header: string[], rows: string[][]): string {
  return Papa.unparse(
    { fields: header.map(neutraliseFormula), data: rows.map((row) => row.map(neutraliseFormula)) },
    { delimiter: ';', newline: '\r\n' },
  );
}

/** What a spreadsheet may read as the start of a formula (OWASP's list for CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
/**
 * A negative amount as the app writes it: `-12`, `-1.234,56`, `-0,5` (Dutch notation, as the tables
 * show it) or `-1234.56`. A spreadsheet reads these as numbers, not formulas, so they stay as they are.
 */
const NEGATIVE_NUMBER = /^-(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$|^-\d+\.\d+$/;

/**
 * A cell someone typed (a family's notes, an imported name) could start a formula in Excel or
 * LibreOffice (`=HYPERLINK(...)`, `@SUM(...)`, `-2+3+cmd|...`): it gets a leading apostrophe, so the
 * spreadsheet shows it as text. Negative numbers are left alone so that sums over them still work.
 */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) && !NEGATIVE_NUMBER.test(cell) ? `'${cell}` : cell;
}
