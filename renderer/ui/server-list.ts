import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { OperationName } from '../../shared/api/contract';
import type { ExportFileDto, ListPage } from '../../shared/api/lists';
import type { TableQuery } from './DataTable';
import { saveFile } from './files';

const PAGE_SIZE = 200;

/**
 * The rows of a list the main process pages, loaded a window at a time as the table scrolls. `ask`
 * asks one window; `base` is the page's own filters. The query key starts with the operation's name,
 * so a change to what it reads asks every loaded window again.
 */
export function useServerList<Row, Base extends object, Column extends string>(
  name: OperationName,
  base: Base,
  /** The columns the main process sorts and filters on; the table's other columns are left out. */
  columns: readonly Column[],
  ask: (input: Base & TableQuery<Column> & { offset: number; limit: number }) => Promise<ListPage<Row>>,
) {
  const [query, setQueryState] = useState<TableQuery<Column>>({ sort: null, filters: [], search: '' });
  const setQuery = useCallback(
    (next: TableQuery) => {
      const known = (column: string): column is Column => (columns as readonly string[]).includes(column);
      const narrowed: TableQuery<Column> = {
        sort: next.sort && known(next.sort.column) ? { ...next.sort, column: next.sort.column } : null,
        filters: next.filters.flatMap((f) => (known(f.column) ? [{ column: f.column, value: f.value }] : [])),
        search: next.search,
      };
      setQueryState((current) => (JSON.stringify(current) === JSON.stringify(narrowed) ? current : narrowed));
    },
    [columns],
  );
  const input = useMemo(() => ({ ...base, ...query }), [base, query]);
  const list = useInfiniteQuery({
    queryKey: [name, input],
    queryFn: ({ pageParam }) => ask({ ...input, offset: pageParam, limit: PAGE_SIZE }),
    initialPageParam: 0,
    getNextPageParam: (last: ListPage<Row>, pages: ListPage<Row>[]) => {
      const loaded = pages.reduce((sum, page) => sum + page.rows.length, 0);
      return loaded < last.total && last.rows.length > 0 ? loaded : undefined;
    },
    placeholderData: keepPreviousData,
  });
  const rows = useMemo(() => list.data?.pages.flatMap((page) => page.rows) ?? [], [list.data]);
  const first = list.data?.pages[0];
  // How many rows the page's own filters leave, for "N van M": asked apart, as a window of no rows,
  // and only while the table narrows them. It does not change as the user types a search, so the
  // search itself never waits for counting every row again.
  const narrowed = query.search !== '' || query.filters.length > 0;
  const all = useQuery({
    queryKey: [name, base, 'unfiltered'],
    queryFn: () =>
      ask({ ...base, sort: null, filters: [], search: '', offset: 0, limit: 0 }).then((page) => page.total),
    enabled: narrowed,
  });
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  return {
    rows,
    /** The first window's answer (fields beside the rows, e.g. the queue's overdue days). */
    first,
    total: first?.total ?? 0,
    unfiltered: narrowed ? (all.data ?? first?.total ?? 0) : (first?.total ?? 0),
    /** The page's filters with the table's: what an export or "select all" asks for. */
    input,
    setQuery,
    loadMore,
    loading: list.isFetching,
    isPending: list.isPending,
  };
}

/** Hands a file the main process wrote to the user, as every download in the app: the save dialog. */
export function saveExport(file: ExportFileDto): void {
  const bytes = Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0));
  saveFile(file.fileName, [bytes], file.mimeType);
}
