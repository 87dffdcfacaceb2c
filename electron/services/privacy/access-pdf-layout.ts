import type { Content, TableCell } from 'pdfmake/interfaces';
import type { AuditValue } from '../../../shared/api/audit';
import { showValue, type HistoryFields, type ShownField } from '../../../shared/api/history/field';
import { cellText, COLORS } from '../documents/pdf';

/** One stored row of the access export, as its table holds it. */
export type Row = Record<string, unknown>;

/** The width of an A4 page between the margins `renderPdf` sets. */
const PAGE_WIDTH = 595 - 2 * 56;
/** Points per character of the widest letters at the tables' size: where a long word must break. */
const POINTS_PER_CHARACTER = 9;

/**
 * A stored value as the rest of the app shows it (the history's own notation). Free text is shown
 * in full, unlike in the history: this copy is for the person it is about.
 */
export function shown(field: ShownField, value: unknown): string {
  // The export's rows hold plain values only: its columns are text, numbers and booleans (bytes it
  // already wrote as base64).
  const stored = value as AuditValue | undefined;
  if (stored === null || stored === undefined || stored === '') return '';
  if (field.kind === 'note') return String(stored);
  // SQLite hands booleans over as 0 and 1.
  if (field.kind === 'yesNo' && typeof stored === 'number') return showValue(field, stored === 1);
  // A record keeps a list as `a,b`; the history, whose notation `showValue` reads, as `a, b`.
  if (field.kind === 'choices') return showValue(field, String(stored).split(/,\s*/).join(', '));
  return showValue(field, stored);
}

/**
 * The row's fields the history names, in the history's order and with its Dutch labels; empty
 * fields are left out. Fields the history names but the row holds by id (a municipality) are given
 * in `named` under the history's name.
 */
export function labelled(row: Row, fields: HistoryFields, named: Row = {}): [string, string][] {
  const values = { ...row, ...named };
  return Object.entries(fields).flatMap(([name, field]): [string, string][] => {
    if (field.kind === 'hidden' || !(name in values)) return [];
    const value = shown(field, values[name]);
    return value ? [[field.label, value]] : [];
  });
}

/** A numbered part of the overview. Headings never end a page (`headlineLevel`, see `renderPdf`). */
export function heading(text: string): Content {
  return { text, headlineLevel: 1, fontSize: 13, bold: true, color: COLORS.accent, margin: [0, 20, 0, 6] };
}

/** One record within a part: a registration, a match, a person's VOG. */
export function subheading(text: string): Content {
  return { text: cellText(text, 60), headlineLevel: 2, fontSize: 11, bold: true, margin: [0, 10, 0, 4] };
}

export function note(text: string): Content {
  return { text, fontSize: 9, color: COLORS.muted, margin: [0, 0, 0, 4] };
}

/** Label and value, one pair a line, as the app's detail views show a record. */
export function facts(pairs: [string, string][]): Content {
  const labelWidth = 150;
  const every = Math.floor((PAGE_WIDTH - labelWidth - 8) / POINTS_PER_CHARACTER);
  return {
    table: {
      widths: [labelWidth, '*'],
      dontBreakRows: true,
      body: pairs.map(([label, value]) => [{ text: label, color: COLORS.muted }, { text: cellText(value, every) }]),
    },
    layout: { defaultBorder: false, paddingTop: () => 1, paddingBottom: () => 1, paddingLeft: () => 0 },
    margin: [0, 0, 0, 6],
  };
}

export interface Column {
  header: string;
  /** Points, or '*' for the rest of the line. */
  width: number | '*';
}

/**
 * A list of records under a header line, repeated on every page it runs over; rows never split over
 * two pages. Its caption (the status path, the evaluations) is a header row of the table itself, so
 * it always stands with the first rows (a heading before a table cannot see where pdfmake moves
 * the table's first rows).
 */
export function table(columns: Column[], rows: string[][], caption?: string): Content {
  const fixed = columns.reduce((sum, c) => sum + (c.width === '*' ? 0 : c.width), 0);
  const stars = columns.filter((c) => c.width === '*').length;
  const padding = 8 * columns.length;
  const widthOf = (c: Column) => (c.width === '*' ? (PAGE_WIDTH - fixed - padding) / stars : c.width);
  const captions: TableCell[][] = caption
    ? [
        [
          { text: caption, colSpan: columns.length, bold: true, color: COLORS.muted },
          ...columns.slice(1).map(() => ({})),
        ],
      ]
    : [];
  const header: TableCell[] = columns.map((c) => ({ text: c.header, style: 'th' }));
  const body: TableCell[][] = rows.map((row) =>
    row.map((value, i) => ({
      text: cellText(value || '–', Math.max(6, Math.floor(widthOf(columns[i]) / POINTS_PER_CHARACTER))),
    })),
  );
  return {
    table: {
      headerRows: captions.length + 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: columns.map((c) => c.width),
      body: [...captions, header, ...body],
    },
    fontSize: 9,
    layout: {
      // A line under the header and every row; none above the header or its caption.
      hLineWidth: (i: number) => (i <= captions.length ? 0 : 0.5),
      vLineWidth: () => 0,
      hLineColor: () => COLORS.line,
      paddingTop: () => 3,
      paddingBottom: () => 3,
      paddingLeft: (i: number) => (i === 0 ? 0 : 4),
    },
    margin: [0, 2, 0, 8],
  };
}

/** Every status a record went through, one a line (the line before says where it came from). */
export function statusPath(
  changes: Row[],
  how: { when: (change: Row) => string; status: (code: string) => string; why: 'reason' | 'notes' },
): Content[] {
  if (changes.length === 0) return [];
  return [
    table(
      [
        { header: 'Wanneer', width: 85 },
        { header: 'Nieuwe status', width: 150 },
        { header: 'Door', width: 90 },
        { header: how.why === 'reason' ? 'Reden' : 'Notities', width: '*' },
      ],
      changes.map((change) => [
        how.when(change),
        how.status(String(change.toStatus)),
        String(change.actor),
        typeof change[how.why] === 'string' ? (change[how.why] as string) : '',
      ]),
      'Statusverloop',
    ),
  ];
}
