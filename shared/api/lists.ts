import { z } from 'zod';
import { EVERYONE } from './access';
import { operation } from './operation';

/**
 * A list the main process pages: sorting, column filters and search run there over every row, the
 * page asks for a window (`offset`, `limit`) and hears how many rows match in all. The column ids
 * come from a fixed list per list, so a column name never travels from the page into SQL.
 */
export function listWindow<const Columns extends readonly [string, ...string[]]>(columns: Columns) {
  return z.object({
    sort: z
      .object({ column: z.enum(columns), direction: z.enum(['asc', 'desc']) })
      .nullable()
      .default(null),
    filters: z
      .array(z.object({ column: z.enum(columns), value: z.string().trim().min(1).max(100) }))
      .max(columns.length)
      .default([]),
    search: z.string().trim().max(100).default(''),
  });
}

/**
 * Which rows of the window the page shows: from `offset`, at most `limit`. A window of no rows
 * answers the count alone: how many rows the page's own filters leave, without the table's.
 */
export const pageWindow = z.object({
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(0).max(2000),
});

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const exportFormat = z.object({ format: z.enum(EXPORT_FORMATS) });

export interface ListSort<Column extends string = string> {
  column: Column;
  direction: 'asc' | 'desc';
}

export interface ListFilter<Column extends string = string> {
  column: Column;
  value: string;
}

/** One window of a paged list. */
export interface ListPage<Row> {
  rows: Row[];
  /** Rows that match the filters and search, across all windows. */
  total: number;
}

/** A file the main process made for the user to save: its name, its bytes as base64, its type. */
export interface ExportFileDto {
  fileName: string;
  content: string;
  mimeType: string;
  rows: number;
}

export const EXPORT_KINDS = ['text', 'number', 'money', 'date'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/**
 * A list the page holds whole (a small list), written as a file by the main process's one writer:
 * the columns as the table shows them and every row that matches the table's search and filters.
 * Money in cents, dates as ISO dates, so the .xlsx gets real numbers and dates.
 */
const tableExport = z.object({
  name: z.string().regex(/^[a-z0-9-]{1,60}$/, { error: 'Een bestandsnaam van kleine letters, cijfers en streepjes.' }),
  format: z.enum(EXPORT_FORMATS),
  columns: z
    .array(z.object({ header: z.string().max(100), kind: z.enum(EXPORT_KINDS) }))
    .min(1)
    .max(50),
  rows: z.array(z.array(z.union([z.string().max(10_000), z.number().finite(), z.null()])).max(50)).max(100_000),
});
export type TableExport = z.output<typeof tableExport>;

export const listOperations = {
  'lists.export': operation<ExportFileDto>()(tableExport, { roles: EVERYONE, reads: [] }),
};
