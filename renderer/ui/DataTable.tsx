import { Button, Checkbox, Group, Menu, Select, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
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
import type { InputOf } from '../../shared/api/contract';
import type { ExportFormat } from '../../shared/api/lists';
import { plainText } from '../../shared/domain/text';
import { call } from '../api';
import { downloadCsv } from './csv';
import classes from './DataTable.module.css';
import { notifyError } from './form';
import { cellText, orderRows } from './rows';
import { saveExport } from './server-list';

const ROW_HEIGHT = 38;
/** Rows before the end of what is loaded at which a server list asks for the next window. */
const LOAD_AHEAD = 40;
export const NO_RESULTS = 'Geen resultaten voor deze zoekopdracht of filters.';

/** A table's columns: each holds a value of its own type, so the list as a whole can name none. */
export type Columns<T> = ColumnDef<T, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any -- TanStack types a mixed column list only so

/** What a list paged by the main process is asked for: its order, column filters and search. */
export interface TableQuery<Column extends string = string> {
  sort: { column: Column; direction: 'asc' | 'desc' } | null;
  filters: { column: Column; value: string }[];
  search: string;
}

/**
 * A list the main process sorts, filters, searches, pages and exports: the table holds the user's
 * choices and tells them, shows the rows loaded so far and asks for more as the user scrolls.
 */
export interface ServerList {
  /** Rows that match, across all windows. */
  total: number;
  /** Rows without the search and the column filters. */
  unfiltered: number;
  onQueryChange: (query: TableQuery) => void;
  /** The user scrolled near the end of the rows loaded so far. */
  onLoadMore: () => void;
  loading: boolean;
  /** Writes every matching row, in the list's order, as a file. */
  onExport: (format: ExportFormat) => Promise<void>;
  /** A new value (the page's own filters changed, a bulk action ran) ends the selection. */
  selectionKey?: string;
}

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
  /**
   * Rows can be ticked for bulk actions; called with the ticked rows, and `all` when the user chose
   * every row that matches (of a server list: also those not loaded yet).
   */
  onSelectionChange?: (rows: T[], all: boolean) => void;
  /** The search box asks the main process (large lists) instead of filtering the rows here. */
  onSearchChange?: (search: string) => void;
  /** How many rows exist in all, when the page shows only the first of them. */
  totalRows?: number;
  /** Sorting, filters, search, paging and export in the main process. */
  server?: ServerList;
  /** What can be done with the ticked rows, shown beside the selection. */
  selectionActions?: ReactNode;
}

/**
 * The one table of the app: sorting, column filters, a search box, export, virtual rows, and ticking
 * rows for bulk actions. A small list is loaded whole and sorted and filtered here, on the plain data,
 * handing TanStack Table only the rows in view; a large list (`server`) is sorted, filtered and paged
 * by the main process over every row, and the table loads more as the user scrolls.
 */
export function DataTable<T>(props: DataTableProps<T>) {
  const { server, onSelectionChange } = props;
  const [sorting, setSorting] = useState<SortingState>(props.initialSorting ?? []);
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const [search, setSearch] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [allMatching, setAllMatching] = useState(false);
  const selectable = onSelectionChange !== undefined;
  const query = useServerQuery(server, sorting, columnFilters, search);
  const filtering = search.trim() !== '' || columnFilters.length > 0;

  // New rows (a server list: a new question) end a selection; with nothing selected there is nothing
  // to tell, so a page that answers the news by rendering again does not start the table over.
  const hasSelection = allMatching || Object.keys(rowSelection).length > 0;
  const selectionEnds = server ? `${query}|${server.total}|${server.selectionKey ?? ''}` : props.data;
  useEffect(() => {
    if (!hasSelection) return;
    setRowSelection({});
    setAllMatching(false);
    onSelectionChange?.([], false);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only new rows clear the selection
  }, [selectionEnds, onSelectionChange]);

  const windowWidth = useWindowWidth();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState<T[]>([]);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the table is used as TanStack documents it
  const table = useReactTable({
    data: visible,
    columns: selectable ? [selectionColumn<T>(), ...props.columns] : props.columns,
    getRowId: props.getRowId,
    state: { sorting, columnFilters, rowSelection, columnVisibility: hiddenColumns(props.columns, windowWidth) },
    manualSorting: true,
    manualFiltering: true,
    enableRowSelection: selectable,
    onSortingChange: setSorting,
    onColumnFiltersChange: setColumnFilters,
    getCoreRowModel: getCoreRowModel(),
  });
  const columns = table.getVisibleLeafColumns();
  const localSearch = props.onSearchChange || server ? '' : search;
  const positions = useMemo(
    () =>
      server
        ? props.data.map((_, index) => index)
        : orderRows(props.data, table.getAllLeafColumns(), sorting, columnFilters, localSearch),
    [server, props.data, table, sorting, columnFilters, localSearch],
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

  const lastInView = items[items.length - 1]?.index ?? -1;
  const wantsMore =
    server !== undefined &&
    !server.loading &&
    props.data.length < server.total &&
    lastInView >= positions.length - LOAD_AHEAD;
  const loadMore = useRef(server?.onLoadMore);
  loadMore.current = server?.onLoadMore;
  useEffect(() => {
    if (wantsMore) loadMore.current?.();
  }, [wantsMore, props.data.length]);

  const matching = server ? server.total : positions.length;
  // Only while something is ticked: a list of 100,000 rows pays nothing for the selection otherwise.
  const selectedRows =
    !selectable || !hasSelection
      ? []
      : positions.map((i) => props.data[i]).filter((row) => allMatching || rowSelection[props.getRowId(row)]);
  const selectedCount = allMatching ? matching : selectedRows.length;

  function select(next: RowSelectionState, all: boolean) {
    setRowSelection(next);
    setAllMatching(all);
    const chosen = all
      ? positions.map((i) => props.data[i])
      : positions.map((i) => props.data[i]).filter((row) => next[props.getRowId(row)]);
    onSelectionChange?.(chosen, all);
  }

  /** Ticks every loaded row that matches; a list loaded whole holds all of them, so that is "all". */
  function selectLoaded() {
    const next: RowSelectionState = {};
    for (const i of positions) next[props.getRowId(props.data[i])] = true;
    select(next, !server);
  }

  function toggleRow(id: string) {
    if (allMatching) {
      const next: RowSelectionState = {};
      for (const i of positions) next[props.getRowId(props.data[i])] = true;
      delete next[id];
      select(next, false);
      return;
    }
    const next = { ...rowSelection };
    if (next[id]) delete next[id];
    else next[id] = true;
    select(next, false);
  }

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

  const [exporting, setExporting] = useState(false);
  async function exportRows(format: ExportFormat) {
    setExporting(true);
    try {
      if (server) await server.onExport(format);
      else if (format === 'csv') exportCsv();
      else saveExport(await call('lists.export', tableExport(table.getAllLeafColumns(), props, positions)));
    } catch (error) {
      notifyError(error);
    } finally {
      setExporting(false);
    }
  }

  function exportCsv() {
    const exported = table.getAllLeafColumns().filter((column) => column.id !== 'select');
    downloadCsv(
      props.exportFileName ?? 'export.csv',
      exported.map((column) => headerText(column)),
      positions.map((i) => exported.map((column) => cellText(column, props.data[i], i))),
    );
  }

  const everyLoadedTicked = positions.length > 0 && (allMatching || selectedRows.length === positions.length);
  return (
    <div className={classes.wrapper}>
      <Group justify="space-between" mb="xs" wrap="nowrap" align="flex-start">
        <Group wrap="nowrap">
          <TextInput
            placeholder="Zoeken…"
            aria-label={`Zoeken in ${props.label}`}
            value={search}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
              props.onSearchChange?.(event.currentTarget.value);
            }}
            w={220}
          />
          <Text size="sm" c="dimmed" data-testid="row-count" style={{ whiteSpace: 'nowrap' }}>
            {rowCount(server, positions.length, props.totalRows ?? props.data.length)}
          </Text>
        </Group>
        <Group gap="xs" justify="flex-end">
          {props.toolbar}
          <Menu position="bottom-end">
            <Menu.Target>
              <Button variant="default" loading={exporting} disabled={matching === 0}>
                Exporteren
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>
                {matching === 1 ? 'De ene rij' : `Alle ${matching.toLocaleString('nl-NL')} rijen`}
              </Menu.Label>
              <Menu.Item onClick={() => void exportRows('xlsx')}>Excel (.xlsx)</Menu.Item>
              <Menu.Item onClick={() => void exportRows('csv')}>CSV</Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      {selectable && selectedCount > 0 && (
        <Group gap="xs" mb="xs" className={classes.selection} data-testid="selection">
          <Text size="sm">
            {allMatching
              ? `Alle ${matching.toLocaleString('nl-NL')} ${matching === 1 ? 'rij' : 'rijen'} geselecteerd.`
              : `${selectedCount.toLocaleString('nl-NL')} geselecteerd.`}
          </Text>
          {!allMatching && everyLoadedTicked && matching > selectedCount && (
            <Button size="compact-sm" variant="subtle" onClick={() => select(rowSelection, true)}>
              Alle {matching.toLocaleString('nl-NL')} selecteren
            </Button>
          )}
          <Button size="compact-sm" variant="subtle" color="gray" onClick={() => select({}, false)}>
            Selectie wissen
          </Button>
          {props.selectionActions}
        </Group>
      )}
      <div
        ref={scrollRef}
        className={classes.scroll}
        style={{ height: props.height ?? 'calc(100vh - 190px)' }}
        tabIndex={0}
        role="grid"
        aria-label={props.label}
        aria-rowcount={matching}
        aria-busy={server?.loading || undefined}
        onKeyDown={onKeyDown}
      >
        <table className={classes.table}>
          <thead className={classes.head}>
            <tr>
              {columns.map((column) => (
                <th key={column.id} style={{ width: column.columnDef.meta?.grow ? undefined : column.getSize() }}>
                  {column.id === 'select' ? (
                    <Checkbox
                      size="xs"
                      aria-label="Alles selecteren"
                      checked={everyLoadedTicked}
                      indeterminate={selectedCount > 0 && !everyLoadedTicked}
                      disabled={positions.length === 0}
                      onChange={() => (selectedCount > 0 ? select({}, false) : selectLoaded())}
                    />
                  ) : (
                    <button
                      type="button"
                      className={classes.sort}
                      onClick={column.getToggleSortingHandler()}
                      disabled={!column.getCanSort()}
                      title={headerText(column)}
                    >
                      {headerText(column)}
                      {{ asc: ' ▲', desc: ' ▼' }[column.getIsSorted() as string] ?? ''}
                    </button>
                  )}
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
                    <td key={cell.id}>
                      {cell.column.id === 'select' ? (
                        <Checkbox
                          size="xs"
                          aria-label="Selecteren"
                          checked={allMatching || Boolean(rowSelection[row.id])}
                          onClick={(event) => event.stopPropagation()}
                          onChange={() => toggleRow(row.id)}
                        />
                      ) : (
                        flexRender(cell.column.columnDef.cell, cell.getContext())
                      )}
                    </td>
                  ))}
                </tr>
              );
            })}
            {padBottom > 0 && <tr style={{ height: padBottom }} aria-hidden />}
          </tbody>
        </table>
        {server?.loading && props.data.length > 0 && props.data.length < server.total && (
          <Text size="sm" c="dimmed" ta="center" p="xs">
            Meer rijen laden…
          </Text>
        )}
        {positions.length === 0 && !(server?.loading ?? false) && (
          <Text c="dimmed" ta="center" p="xl" data-testid="empty">
            {filtering || (!server && props.data.length > 0) ? NO_RESULTS : (props.emptyText ?? 'Er is nog niets.')}
          </Text>
        )}
      </div>
    </div>
  );
}

/** Tells the server list the user's sorting, filters and search; typing settles first. */
function useServerQuery(
  server: ServerList | undefined,
  sorting: SortingState,
  columnFilters: ColumnFiltersState,
  search: string,
): string {
  const [sort] = sorting;
  const typed = JSON.stringify({
    filters: columnFilters
      .map((f) => ({ column: f.id, value: plainText(f.value).trim() }))
      .filter((f) => f.value !== ''),
    search: search.trim(),
  });
  const [settled] = useDebouncedValue(typed, 250);
  const query = JSON.stringify({
    sort: sort ? { column: sort.id, direction: sort.desc ? 'desc' : 'asc' } : null,
    ...(JSON.parse(settled) as object),
  });
  const onQueryChange = server?.onQueryChange;
  useEffect(() => {
    onQueryChange?.(JSON.parse(query) as TableQuery);
  }, [query, onQueryChange]);
  return query;
}

/** A list held whole, for the main process's writer: dates and amounts as they are, the rest as shown. */
function tableExport<T>(
  all: Column<T, unknown>[],
  props: DataTableProps<T>,
  positions: number[],
): InputOf<'lists.export'> {
  const columns = all.filter((column) => column.id !== 'select');
  const kinds = columns.map((column) => {
    const declared = column.columnDef.meta?.exportKind;
    if (declared) return declared;
    const first = positions.find((i) => column.accessorFn?.(props.data[i], i) != null);
    return first !== undefined && typeof column.accessorFn?.(props.data[first], first) === 'number' ? 'number' : 'text';
  });
  return {
    name:
      (props.exportFileName ?? 'export')
        .replace(/\.csv$/, '')
        .replace(/[^a-z0-9-]/g, '-')
        .slice(0, 60) || 'export',
    format: 'xlsx',
    columns: columns.map((column, k) => ({ header: headerText(column), kind: kinds[k] })),
    rows: positions.map((i) =>
      columns.map((column, k) => {
        const value = column.accessorFn?.(props.data[i], i);
        if (kinds[k] === 'text') return cellText(column, props.data[i], i);
        if (kinds[k] === 'date') return typeof value === 'string' && value !== '' ? value : null;
        return typeof value === 'number' ? value : null;
      }),
    ),
  };
}

function useWindowWidth(): number {
  const [width, setWidth] = useState(() => window.innerWidth);
  useEffect(() => {
    const onResize = () => setWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return width;
}

/** The columns a window this narrow leaves out (`meta.hideBelow`). */
function hiddenColumns<T>(columns: Columns<T>, width: number): Record<string, boolean> {
  const hidden: Record<string, boolean> = {};
  for (const column of columns) {
    const id = column.id ?? (column as { accessorKey?: string }).accessorKey;
    const below = column.meta?.hideBelow;
    if (id && below && width < below) hidden[id] = false;
  }
  return hidden;
}

function rowCount(server: ServerList | undefined, shown: number, total: number): string {
  if (server) {
    return server.total === server.unfiltered
      ? countRows(server.total)
      : `${server.total.toLocaleString('nl-NL')} van ${countRows(server.unfiltered)}`;
  }
  return shown === total ? countRows(total) : `${shown.toLocaleString('nl-NL')} van ${countRows(total)}`;
}

function countRows(count: number): string {
  return `${count.toLocaleString('nl-NL')} ${count === 1 ? 'rij' : 'rijen'}`;
}

function selectionColumn<T>(): ColumnDef<T, unknown> {
  return { id: 'select', size: 36, enableSorting: false, enableColumnFilter: false, header: '' };
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
