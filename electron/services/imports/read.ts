import { Readable } from 'node:stream';
import Papa from 'papaparse';
import { plainText } from '../../../shared/domain/text';
import { FileProblem, NOT_XLSX, sniffCsv, sniffXlsx } from './sniff';

/** What a reader hands on: the header row once, then every non-empty row with its number in the file. */
export interface TableSink {
  header: (cells: string[]) => void;
  row: (cells: string[], rowNumber: number) => void;
  /** How much of the file is read, 0 to 1. */
  progress: (fraction: number) => void;
}

const EMPTY = 'Het bestand is leeg.';

/**
 * Reads a .csv (UTF-8 with or without BOM, Windows-1252 or UTF-16) or .xlsx row by row, without
 * holding the whole sheet: the file's bytes plus one row at a time.
 */
export async function readTable(fileName: string, bytes: Buffer, sink: TableSink): Promise<void> {
  let headerSeen = false;
  const take = (cells: string[], rowNumber: number) => {
    if (!cells.some((cell) => cell.trim() !== '')) return;
    if (!headerSeen) {
      headerSeen = true;
      sink.header(cells.map((cell) => cell.trim()));
    } else {
      sink.row(cells, rowNumber);
    }
  };
  if (/\.xlsx$/i.test(fileName)) await readXlsx(bytes, take, sink.progress);
  else readCsv(bytes, take, sink.progress);
  if (!headerSeen) throw new FileProblem(EMPTY);
}

function readCsv(bytes: Buffer, take: (cells: string[], rowNumber: number) => void, progress: (f: number) => void) {
  const text = sniffCsv(bytes);
  let rows = 0;
  Papa.parse<string[]>(text, {
    delimitersToGuess: [';', ',', '\t'],
    skipEmptyLines: 'greedy',
    step: (result) => {
      rows += 1;
      // Lines in a CSV are not rows once a cell holds a line break: number the rows as a spreadsheet shows them.
      take(result.data, rows);
      if (rows % 1000 === 0) progress(result.meta.cursor / text.length);
    },
  });
  if (rows === 0) throw new FileProblem(EMPTY);
}

async function readXlsx(
  bytes: Buffer,
  take: (cells: string[], rowNumber: number) => void,
  progress: (f: number) => void,
) {
  sniffXlsx(bytes);
  let sent = 0;
  // Fed in slices, so that how far the reader got is known.
  const input = Readable.from(
    (function* slices() {
      for (; sent < bytes.length; sent += 256 * 1024) yield bytes.subarray(sent, sent + 256 * 1024);
    })(),
  );
  // Loaded only for an .xlsx: ExcelJS takes a second to load, which a CSV need not wait for.
  const loaded = (await import('exceljs')) as typeof import('exceljs') & { default?: typeof import('exceljs') };
  const excel = loaded.default ?? loaded;
  const reader = new excel.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let sheets = 0;
  try {
    for await (const sheet of reader) {
      sheets += 1;
      // The first sheet only, as a user sees it on opening the file; the others are drained unread.
      let rows = 0;
      for await (const row of sheet) {
        if (sheets > 1) continue;
        const values = row.values as unknown[];
        const cells: string[] = [];
        for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
        take(cells, row.number);
        if (++rows % 1000 === 0) progress(Math.min(sent / bytes.length, 1));
      }
    }
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    // A zip whose parts are not a workbook, or a workbook cut off halfway.
    throw new FileProblem(sheets === 0 ? NOT_XLSX : DAMAGED_XLSX);
  }
  if (sheets === 0) throw new FileProblem(NOT_XLSX);
}

const DAMAGED_XLSX =
  'Dit Excel-bestand is beschadigd of onvolledig. Open het in Excel en sla het opnieuw op als Excel-werkmap (.xlsx).';

/** Excel dates become dd-mm-jjjj text, like a date typed in a CSV; a formula gives its result. */
export function cellText(value: unknown): string {
  if (value instanceof Date) {
    const iso = value.toISOString().slice(0, 10);
    return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
  }
  if (typeof value === 'object' && value !== null) {
    const cell = value as { richText?: { text: string }[]; text?: unknown; result?: unknown };
    if (Array.isArray(cell.richText)) return cell.richText.map((part) => part.text).join('');
    if ('result' in cell) return cellText(cell.result);
    return plainText(cell.text);
  }
  return plainText(value);
}
