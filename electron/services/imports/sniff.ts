/** A file the reader could name what is wrong with: answered at the file field, in Dutch. */
export class FileProblem extends Error {}

export const NOT_CSV =
  'Dit is geen CSV-bestand: de inhoud is geen tekst. Kies een .csv-bestand (tekst met ; of , tussen de kolommen) of een Excel-bestand (.xlsx).';
const XLSX_AS_CSV =
  'Dit is geen CSV-bestand maar een Excel- of zip-bestand met de naam .csv. Sla het in Excel op als CSV, of kies het oorspronkelijke .xlsx-bestand.';
export const NOT_XLSX =
  'Dit is geen Excel-bestand (.xlsx): de inhoud past niet bij de naam. Open het in Excel en sla het op als Excel-werkmap (.xlsx) of als CSV.';
export const OLD_EXCEL =
  'Dit is een oud Excel-bestand (.xls). Open het in Excel en sla het op als Excel-werkmap (.xlsx) of als CSV.';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const SAMPLE = 64 * 1024;

const startsWith = (bytes: Buffer, magic: number[]) => magic.every((byte, i) => bytes[i] === byte);

/** An .xlsx is a zip; anything else with that name is refused before a zip reader tries it. */
export function sniffXlsx(bytes: Buffer): void {
  if (startsWith(bytes, ZIP)) return;
  throw new FileProblem(startsWith(bytes, OLE) ? OLD_EXCEL : NOT_XLSX);
}

/**
 * The file's text: UTF-16 when it starts with that BOM (Excel's "Unicode-tekst"), UTF-8 when it
 * decodes as such, else Windows-1252 (Excel's "CSV" on Dutch Windows). A binary file decodes as
 * Windows-1252 too, into thousands of "rows" of noise: control characters and NUL bytes give it away.
 */
export function sniffCsv(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (startsWith(bytes, ZIP)) throw new FileProblem(XLSX_AS_CSV);
  if (startsWith(bytes, OLE)) throw new FileProblem(OLD_EXCEL);
  if (looksBinary(bytes.subarray(0, SAMPLE)) || looksBinary(bytes.subarray(Math.max(0, bytes.length - SAMPLE))))
    throw new FileProblem(NOT_CSV);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Text has no NUL and hardly any control characters other than tab, line feed, form feed and return. */
function looksBinary(sample: Buffer): boolean {
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f)
      control += 1;
  }
  return control > sample.length / 100;
}
