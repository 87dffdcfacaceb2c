import ExcelJS from 'exceljs';
import type { ExportFileDto, ExportFormat } from '../../../shared/api/lists';
import { csvText } from '../../../shared/domain/csv';
import { formatDate, formatNumber } from '../../../shared/domain/format';

/**
 * One column of an exported list: its header and how a row's value is written. Numbers, amounts and
 * dates stay numbers and dates in .xlsx, so a spreadsheet can add them up and sort them.
 */
export type ExportColumn<Row> =
  | { header: string; kind: 'text'; width?: number; value: (row: Row) => string | null }
  | { header: string; kind: 'number'; width?: number; value: (row: Row) => number | null }
  /** Integer cents, written as euros. */
  | { header: string; kind: 'money'; width?: number; value: (row: Row) => number | null }
  /** An ISO calendar date (2026-03-12). */
  | { header: string; kind: 'date'; width?: number; value: (row: Row) => string | null };

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Every row as an .xlsx or a CSV file, named `<baseName>.<format>`. */
export async function exportFile<Row>(
  format: ExportFormat,
  baseName: string,
  columns: readonly ExportColumn<Row>[],
  rows: readonly Row[],
): Promise<ExportFileDto> {
  if (format === 'csv') {
    const text = `\ufeff${csvText(
      columns.map((column) => column.header),
      rows.map((row) => columns.map((column) => csvCell(column, row))),
    )}`;
    return {
      fileName: `${baseName}.csv`,
      content: Buffer.from(text, 'utf8').toString('base64'),
      mimeType: 'text/csv;charset=utf-8',
      rows: rows.length,
    };
  }
  const buffer = await xlsxBuffer(baseName, columns, rows);
  return { fileName: `${baseName}.xlsx`, content: buffer.toString('base64'), mimeType: XLSX_TYPE, rows: rows.length };
}

/** A cell as Dutch Excel reads it from CSV: dd-mm-jjjj, 1234,56 (no thousands separator, no euro sign). */
function csvCell<Row>(column: ExportColumn<Row>, row: Row): string {
  switch (column.kind) {
    case 'text':
      return column.value(row) ?? '';
    case 'date':
      return formatDate(column.value(row));
    case 'number': {
      const value = column.value(row);
      return value === null ? '' : formatNumber(value).replace(/\./g, '');
    }
    case 'money': {
      const value = column.value(row);
      return value === null ? '' : (value / 100).toFixed(2).replace('.', ',');
    }
  }
}

function xlsxValue<Row>(column: ExportColumn<Row>, row: Row): string | number | Date | null {
  switch (column.kind) {
    case 'text':
      return column.value(row);
    case 'number':
      return column.value(row);
    case 'money': {
      const value = column.value(row);
      return value === null ? null : value / 100;
    }
    case 'date': {
      const value = column.value(row);
      return value ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : null;
    }
  }
}

const NUMBER_FORMATS = { text: '@', number: '0', money: '#,##0.00', date: 'dd-mm-yyyy' } as const;

async function xlsxBuffer<Row>(
  sheetName: string,
  columns: readonly ExportColumn<Row>[],
  rows: readonly Row[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    header: column.header,
    width: column.width ?? (column.kind === 'text' ? 24 : 14),
    style: { numFmt: NUMBER_FORMATS[column.kind] },
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((column) => xlsxValue(column, row)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
