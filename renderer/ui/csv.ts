import Papa from 'papaparse';
import { saveFile } from './files';

/** Saves rows as a CSV file that Dutch Excel opens as it is: semicolons, a byte order mark for UTF-8. */
export function downloadCsv(fileName: string, header: string[], rows: string[][]): void {
  const text = Papa.unparse({ fields: header, data: rows }, { delimiter: ';', newline: '\r\n' });
  saveFile(fileName, ['\ufeff', text], 'text/csv;charset=utf-8');
}
