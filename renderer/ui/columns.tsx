import { Badge } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import { formatDate, formatMoney } from '../../shared/domain/format';

/** A date column: sorts on the ISO date, shows and exports dd-mm-jjjj. */
export function dateColumn<T>(
  id: string,
  header: string,
  get: (row: T) => string | null,
  size = 105,
): ColumnDef<T, string> {
  return {
    id,
    header,
    size,
    accessorFn: (row) => get(row) ?? '',
    cell: (info) => formatDate(info.getValue()),
    meta: { text: (row) => formatDate(get(row)), exportKind: 'date' },
  };
}

/** An amount column: sorts on cents, shows and exports € 1.234,56. */
export function moneyColumn<T>(id: string, header: string, get: (row: T) => number, size = 120): ColumnDef<T, number> {
  return {
    id,
    header,
    size,
    accessorFn: get,
    cell: (info) => formatMoney(info.getValue()),
    meta: { text: (row) => formatMoney(get(row)), exportKind: 'money' },
  };
}

/** The Status column of a list of records that can be deactivated. */
export function statusColumn<T extends { active: boolean }>(): ColumnDef<T, string> {
  return {
    id: 'status',
    header: 'Status',
    size: 110,
    accessorFn: (record) => (record.active ? 'Actief' : 'Inactief'),
    meta: { filterOptions: ['Actief', 'Inactief'] },
    cell: ({ row }) =>
      row.original.active ? (
        <Badge color="teal" variant="light">
          Actief
        </Badge>
      ) : (
        <Badge color="gray" variant="light">
          Inactief
        </Badge>
      ),
  };
}
