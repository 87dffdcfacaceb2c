import { csvText } from '../../shared/domain/csv';
import { saveFile } from './files';

export { csvText, neutraliseFormula } from '../../shared/domain/csv';

/** Saves rows as a CSV file that Dutch Excel opens as it is: semicolons, a byte order mark for UTF-8. */
export function downloadCsv(fileName: string, header: string[], rows: string[][]): void {
  saveFile(fileName, ['\ufeff', csvText(header, rows)], 'text/csv;charset=utf-8');
}
