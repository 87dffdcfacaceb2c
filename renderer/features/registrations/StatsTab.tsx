import { Select, Stack } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { CHANNEL_LABELS, type StatsRow } from '../../../shared/api/registrations';
import { FAMILY_KIND_LABELS } from '../../../shared/domain/families';
import { useApiQuery } from '../../api';
import { DataTable } from '../../ui/DataTable';
import { useThisYear } from '../../ui/today';

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
const column = createColumnHelper<StatsRow>();
const columns = [
  column.accessor('municipality', { header: 'Gemeente', size: 180 }),
  column.accessor((r) => MONTHS[Number(r.month.slice(5, 7)) - 1], {
    id: 'month',
    header: 'Maand',
    size: 110,
    sortingFn: (a, b) => a.original.month.localeCompare(b.original.month),
  }),
  column.accessor((r) => FAMILY_KIND_LABELS[r.kind], { id: 'kind', header: 'Soort', size: 120 }),
  column.accessor((r) => CHANNEL_LABELS[r.channel], { id: 'channel', header: 'Kanaal', size: 140 }),
  column.accessor('received', { header: 'Aangemeld', size: 100 }),
  column.accessor('handedOver', { header: 'Doorgezet', size: 100 }),
  column.accessor('referred', { header: 'Doorverwezen', size: 110 }),
  column.accessor('declined', { header: 'Afgewezen', size: 100 }),
  column.accessor((r) => (r.medianDaysToHandOver === null ? '' : String(r.medianDaysToHandOver)), {
    id: 'median',
    header: 'Mediaan dagen tot doorzetten',
    size: 200,
  }),
];

/** Counts for the half-year reports to municipalities. */
export function StatsTab() {
  const thisYear = useThisYear();
  const [year, setYear] = useState(thisYear);
  const { data = [] } = useApiQuery('registrations.stats', { year });
  return (
    <Stack gap="xs">
      <Select
        label="Jaar"
        w={120}
        value={String(year)}
        onChange={(v) => v && setYear(Number(v))}
        allowDeselect={false}
        data={Array.from({ length: 6 }, (_, i) => String(thisYear - i))}
      />
      <DataTable
        label="Cijfers"
        data={data}
        columns={columns}
        getRowId={(r) => `${r.municipality}|${r.month}|${r.kind}|${r.channel}`}
        exportFileName={`aanmeldingen-${year}.csv`}
        emptyText="Geen aanmeldingen in dit jaar."
        height="calc(100vh - 270px)"
      />
    </Stack>
  );
}
