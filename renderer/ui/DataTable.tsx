import { Button, Checkbox, Group, Select, Text, TextInput } from '@mantine/core';
import {
  flexRender, getCoreRowModel, getFilteredRowModel, getSortedRowModel, useReactTable,
  type Column, type ColumnDef, type FilterFn, type Row, type RowSelectionState, type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { downloadCsv } from './csv';
import { normalizeText } from '../../shared/domain/text';
import classes from './DataTable.module.css';

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData, TValue> {
    /** Column filter: free text (default) or a choice among these values. */
    filterOptions?: string[];
    /** The text shown, searched and exported for this cell; defaults to the cell value. */
    text?: (row: TData) => string;
  }
}

const ROW_HEIGHT = 38;

export interface DataTableProps<T> {
  data: T[];
  columns: ColumnDef<T, any>[];
  getRowId: (row: T) => string;
  /** Called on click and on Enter. */
  onOpen?: (row: T) => void;
  exportFileName?: string;
  toolbar?: ReactNode;
  initialSorting?: SortingState;
  emptyText?: string;
  label: string;
  height?: string;
  /** Rows can be ticked for bulk actions; called with the ticked rows. */
  onSelectionChange?: (rows: T[]) => void;
  /** The search box asks the main process (large lists) instead of filtering the rows here. */
  onSearchChange?: (search: string) => void;
  /** How many rows exist in all, when the page shows only the first of them. */
  totalRows?: number;
}

function selectionColumn<T>(): ColumnDef<T, unknown> {
  return {
    id: 'select',
    size: 36,
    enableSorting: false,
    enableColumnFilter: false,
    header: '',
    cell: ({ row }) => (
      <Checkbox
        size="xs"
        aria-label="Selecteren"
        checked={row.getIsSelected()}
        onClick={(event) => event.stopPropagation()}
        onChange={row.getToggleSelectedHandler()}
      />
    ),
  };
}

const matchesText: FilterFn<unknown> = (row, columnId, filterValue: string) =>
  normalizeText(cellText(row, columnId)).includes(normalizeText(filterValue));

function cellText<T>(row: Row<T>, columnId: string): string {
  const column = row.getAllCells().find((cell) => cell.column.id === columnId)?.column;
  const text = column?.columnDef.meta?.text;
  return text ? text(row.original) : String(row.getValue(columnId) ?? '');
}

/** The one table of the app: sorting, column filters, a search box, CSV export, virtual rows. */
export function DataTable<T>(props: DataTableProps<T>) {
  const [sorting, setSorting] = useState<SortingState>(props.initialSorting ?? []);
  const [globalFilter, setGlobalFilter] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const selectable = props.onSelectionChange !== undefined;
  const { onSelectionChange } = props;
  useEffect(() => {
    setRowSelection({});
    onSelectionChange?.([]);
  }, [props.data, onSelectionChange]);
  const table = useReactTable({
    data: props.data,
    columns: selectable ? [selectionColumn<T>(), ...props.columns] : props.columns,
    getRowId: props.getRowId,
    state: { sorting, globalFilter: props.onSearchChange ? '' : globalFilter, rowSelection },
    enableRowSelection: selectable,
    onRowSelectionChange: (updater) => {
      const next = typeof updater === 'function' ? updater(rowSelection) : updater;
      setRowSelection(next);
      props.onSelectionChange?.(props.data.filter((row) => next[props.getRowId(row)]));
    },
    onSortingChange: setSorting,
    defaultColumn: { filterFn: matchesText as FilterFn<T> },
    globalFilterFn: (row, _columnId, value: string) => {
      const needle = normalizeText(value);
      return row.getAllCells().some((cell) => normalizeText(cellText(row, cell.column.id)).includes(needle));
    },
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  const rows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const columns = table.getVisibleLeafColumns();

  function onKeyDown(event: KeyboardEvent) {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step) {
      event.preventDefault();
      const next = Math.min(Math.max(activeIndex + step, 0), rows.length - 1);
      setActiveIndex(next);
      virtualizer.scrollToIndex(next);
    } else if (event.key === 'Enter' && rows[activeIndex]) {
      props.onOpen?.(rows[activeIndex].original);
    }
  }

  function exportCsv() {
    downloadCsv(
      props.exportFileName ?? 'export.csv',
      columns.map((column) => headerText(column)),
      rows.map((row) => columns.map((column) => cellText(row, column.id))),
    );
  }

  return (
    <div className={classes.wrapper}>
      <Group justify="space-between" mb="xs">
        <Group>
          <TextInput
            placeholder="Zoeken…"
            aria-label={`Zoeken in ${props.label}`}
            value={globalFilter}
            onChange={(event) => {
              setGlobalFilter(event.currentTarget.value);
              props.onSearchChange?.(event.currentTarget.value);
            }}
            w={280}
          />
          <Text size="sm" c="dimmed" data-testid="row-count">
            {rows.length === (props.totalRows ?? props.data.length)
              ? countRows(rows.length)
              : `${rows.length.toLocaleString('nl-NL')} van ${countRows(props.totalRows ?? props.data.length)}`}
          </Text>
        </Group>
        <Group>
          {props.toolbar}
          <Button variant="default" onClick={exportCsv} disabled={rows.length === 0}>
            Exporteren (CSV)
          </Button>
        </Group>
      </Group>
      <div
        ref={scrollRef}
        className={classes.scroll}
        style={{ height: props.height ?? 'calc(100vh - 190px)' }}
        tabIndex={0}
        role="grid"
        aria-label={props.label}
        aria-rowcount={rows.length}
        onKeyDown={onKeyDown}
      >
        <table className={classes.table}>
          <thead className={classes.head}>
            <tr>
              {columns.map((column) => (
                <th key={column.id} style={{ width: column.getSize() }}>
                  <button type="button" className={classes.sort} onClick={column.getToggleSortingHandler()} disabled={!column.getCanSort()}>
                    {headerText(column)}
                    {{ asc: ' ▲', desc: ' ▼' }[column.getIsSorted() as string] ?? ''}
                  </button>
                </th>
              ))}
            </tr>
            <tr>
              {columns.map((column) => (
                <th key={column.id}>{column.getCanFilter() && <ColumnFilter column={column} />}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {padTop > 0 && <tr style={{ height: padTop }} aria-hidden />}
            {items.map((item) => {
              const row = rows[item.index];
              return (
                <tr
                  key={row.id}
                  className={classes.row}
                  data-active={item.index === activeIndex || undefined}
                  style={{ height: ROW_HEIGHT }}
                  onClick={() => {
                    setActiveIndex(item.index);
                    props.onOpen?.(row.original);
                  }}
                >
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                  ))}
                </tr>
              );
            })}
            {padBottom > 0 && <tr style={{ height: padBottom }} aria-hidden />}
          </tbody>
        </table>
        {rows.length === 0 && (
          <Text c="dimmed" ta="center" p="xl">
            {props.data.length === 0 ? (props.emptyText ?? 'Er is nog niets.') : 'Niets gevonden met deze zoekopdracht.'}
          </Text>
        )}
      </div>
    </div>
  );
}

function countRows(count: number): string {
  return `${count.toLocaleString('nl-NL')} ${count === 1 ? 'rij' : 'rijen'}`;
}

function headerText<T>(column: Column<T, unknown>): string {
  const header = column.columnDef.header;
  return typeof header === 'string' ? header : column.id;
}

function ColumnFilter<T>({ column }: { column: Column<T, unknown> }) {
  const value = (column.getFilterValue() as string | undefined) ?? '';
  const label = `Filter ${headerText(column)}`;
  const options = column.columnDef.meta?.filterOptions;
  if (options) {
    return (
      <Select
        size="xs"
        aria-label={label}
        placeholder="Alle"
        data={options}
        value={value || null}
        onChange={(next) => column.setFilterValue(next ?? undefined)}
        clearable
      />
    );
  }
  return (
    <TextInput
      size="xs"
      aria-label={label}
      value={value}
      onChange={(event) => column.setFilterValue(event.currentTarget.value || undefined)}
    />
  );
}
