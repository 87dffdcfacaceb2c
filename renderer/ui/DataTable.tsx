import { Button, Checkbox, Group, Select, Text, TextInput } from '@mantine/core';
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type Column,
  type ColumnDef,
  type ColumnFiltersState,
  type RowSelectionState,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { downloadCsv } from './csv';
import classes from './DataTable.module.css';
import { cellText, orderRows } from './rows';

const ROW_HEIGHT = 38;

/** A table's columns: each holds a value of its own type, so the list as a whole can name none. */
export type Columns<T> = ColumnDef<T, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any -- TanStack types a mixed column list only so

export interface DataTableProps<T> {
  data: T[];
  columns: Columns<T>;
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

/**
 * The one table of the app: sorting, column filters, a search box, CSV export, virtual rows.
 * It sorts and filters the plain data itself and hands TanStack Table only the rows in view, so a
 * list of 100,000 rows costs what the screen shows.
 */
export function DataTable<T>(props: DataTableProps<T>) {
  const [sorting, setSorting] = useState<SortingState>(props.initialSorting ?? []);
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const [search, setSearch] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const selectable = props.onSelectionChange !== undefined;
  const { onSelectionChange } = props;
  // New rows end a selection; with nothing selected there is nothing to tell, so a page that
  // answers the news by rendering again does not start the table over.
  const hasSelection = Object.keys(rowSelection).length > 0;
  useEffect(() => {
    if (!hasSelection) return;
    setRowSelection({});
    onSelectionChange?.([]);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only new rows clear the selection
  }, [props.data, onSelectionChange]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState<T[]>([]);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the table is used as TanStack documents it
  const table = useReactTable({
    data: visible,
    columns: selectable ? [selectionColumn<T>(), ...props.columns] : props.columns,
    getRowId: props.getRowId,
    state: { sorting, columnFilters, rowSelection },
    manualSorting: true,
    manualFiltering: true,
    enableRowSelection: selectable,
    onRowSelectionChange: (updater) => {
      const next = typeof updater === 'function' ? updater(rowSelection) : updater;
      setRowSelection(next);
      props.onSelectionChange?.(props.data.filter((row) => next[props.getRowId(row)]));
    },
    onSortingChange: setSorting,
    onColumnFiltersChange: setColumnFilters,
    getCoreRowModel: getCoreRowModel(),
  });
  const columns = table.getVisibleLeafColumns();
  const localSearch = props.onSearchChange ? '' : search;
  const positions = useMemo(
    () => orderRows(props.data, table.getAllLeafColumns(), sorting, columnFilters, localSearch),
    [props.data, table, sorting, columnFilters, localSearch],
  );
  const virtualizer = useVirtualizer({
    count: positions.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const inView = items.map((item) => props.data[positions[item.index]]);
  if (inView.length !== visible.length || inView.some((row, i) => row !== visible[i])) setVisible(inView);
  const rows = table.getRowModel().rows;
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  function open(index: number) {
    const row = props.data[positions[index]];
    if (row) props.onOpen?.(row);
  }

  function onKeyDown(event: KeyboardEvent) {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step) {
      event.preventDefault();
      const next = Math.min(Math.max(activeIndex + step, 0), positions.length - 1);
      setActiveIndex(next);
      virtualizer.scrollToIndex(next);
    } else if (event.key === 'Enter') {
      open(activeIndex);
    }
  }

  function exportCsv() {
    const exported = columns.filter((column) => column.id !== 'select');
    downloadCsv(
      props.exportFileName ?? 'export.csv',
      exported.map((column) => headerText(column)),
      positions.map((i) => exported.map((column) => cellText(column, props.data[i], i))),
    );
  }

  const total = props.totalRows ?? props.data.length;
  return (
    <div className={classes.wrapper}>
      <Group justify="space-between" mb="xs">
        <Group>
          <TextInput
            placeholder="Zoeken…"
            aria-label={`Zoeken in ${props.label}`}
            value={search}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              props.onSearchChange?.(event.currentTarget.value);
            }}
            w={280}
          />
          <Text size="sm" c="dimmed" data-testid="row-count">
            {positions.length === total
              ? countRows(total)
              : `${positions.length.toLocaleString('nl-NL')} van ${countRows(total)}`}
          </Text>
        </Group>
        <Group>
          {props.toolbar}
          <Button variant="default" onClick={exportCsv} disabled={positions.length === 0}>
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
        aria-rowcount={positions.length}
        onKeyDown={onKeyDown}
      >
        <table className={classes.table}>
          <thead className={classes.head}>
            <tr>
              {columns.map((column) => (
                <th key={column.id} style={{ width: column.getSize() }}>
                  <button
                    type="button"
                    className={classes.sort}
                    onClick={column.getToggleSortingHandler()}
                    disabled={!column.getCanSort()}
                  >
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
            {items.map((item, i) => {
              const row = rows[i];
              if (!row) return null;
              return (
                <tr
                  key={row.id}
                  className={classes.row}
                  data-active={item.index === activeIndex || undefined}
                  style={{ height: ROW_HEIGHT }}
                  onClick={() => {
                    setActiveIndex(item.index);
                    open(item.index);
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
        {positions.length === 0 && (
          <Text c="dimmed" ta="center" p="xl">
            {props.data.length === 0
              ? (props.emptyText ?? 'Er is nog niets.')
              : 'Niets gevonden met deze zoekopdracht.'}
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
