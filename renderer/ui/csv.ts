import Papa from 'papaparse';

/**
 * Saves rows as a CSV file that Dutch Excel opens as it is: semicolons, a byte order mark for
 * UTF-8. The file goes only where the user saves it.
 */
export function downloadCsv(fileName: string, header: string[], rows: string[][]): void {
  const text = Papa.unparse({ fields: header, data: rows }, { delimiter: ';', newline: '\r\n' });
  const url = URL.createObjectURL(new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
