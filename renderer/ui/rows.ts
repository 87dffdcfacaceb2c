import type { Column, ColumnFiltersState, SortingState } from '@tanstack/react-table';
import { normalizeText, plainText } from '../../shared/domain/text';

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData, TValue> {
    /**
     * Column filter: free text (default) or a choice among these values. A list filtered in the main
     * process names each choice by the code it sends (`value`) and the text it shows (`label`).
     */
    filterOptions?: (string | FilterOption)[];
    /**
     * How the column is written to .xlsx: `date` (the value is an ISO date) and `money` (integer cents)
     * become real dates and amounts; by default a number stays a number and the rest is text.
     */
    exportKind?: 'date' | 'money';
    /** Hidden on a window narrower than this many pixels, so the other columns fit without scrolling sideways. */
    hideBelow?: number;
    /** The column takes the width the fixed columns leave, instead of its own size. */
    grow?: boolean;
    /** The text shown, searched and exported for this cell; defaults to the cell value. */
    text?: (row: TData) => string;
  }
}

export interface FilterOption {
  value: string;
  label: string;
}

/** The text a chosen filter value stands for. */
export function filterLabel(options: (string | FilterOption)[], value: unknown): string {
  const option = options.find((o) => (typeof o === 'string' ? o : o.value) === value);
  return typeof option === 'object' ? option.label : plainText(value);
}

const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

/** The value a column sorts on, and the text it shows, searches and exports. */
function cellValue<T>(column: Column<T, unknown>, row: T, index: number): unknown {
  return column.accessorFn ? column.accessorFn(row, index) : undefined;
}

export function cellText<T>(column: Column<T, unknown>, row: T, index: number): string {
  const text = column.columnDef.meta?.text;
  return text ? text(row) : plainText(cellValue(column, row, index));
}

/**
 * The rows to show: searched, filtered per column and sorted, as positions in `data`. Done on the
 * plain data, so a list of 100,000 rows needs no table row objects for rows out of view.
 */
export function orderRows<T>(
  data: T[],
  columns: Column<T, unknown>[],
  sorting: SortingState,
  filters: ColumnFiltersState,
  search: string,
): number[] {
  const byId = new Map(columns.map((column) => [column.id, column]));
  let positions = data.map((_, index) => index);
  const needle = normalizeText(search).trim();
  if (needle) {
    const searchable = columns.filter((column) => column.accessorFn);
    positions = positions.filter((i) =>
      searchable.some((column) => normalizeText(cellText(column, data[i], i)).includes(needle)),
    );
  }
  for (const filter of filters) {
    const column = byId.get(filter.id);
    const options = column?.columnDef.meta?.filterOptions;
    const wanted = normalizeText(options ? filterLabel(options, filter.value) : filter.value);
    const exact = Boolean(options);
    if (column)
      positions = positions.filter((i) => {
        const text = normalizeText(cellText(column, data[i], i));
        return exact ? text === wanted : text.includes(wanted);
      });
  }
  const [sort] = sorting;
  const column = sort && byId.get(sort.id);
  if (column) {
    const keys = positions.map((i) => cellValue(column, data[i], i));
    const order = positions
      .map((_, k) => k)
      .sort((a, b) => compare(keys[a], keys[b]) * (sort.desc ? -1 : 1) || positions[a] - positions[b]);
    positions = order.map((k) => positions[k]);
  }
  return positions;
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined || a === '') return 1;
  if (b === null || b === undefined || b === '') return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(plainText(a), plainText(b));
}
