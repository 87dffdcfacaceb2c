import { Badge, Select } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import type { AgendaItemDto } from '../../../shared/api/matches';
import { addDays, addMonths } from '../../../shared/domain/dates';
import { useApiQuery } from '../../api';
import { dateColumn } from '../../ui/columns';
import { DataTable } from '../../ui/DataTable';
import { DateField } from '../../ui/DateField';
import { useToday } from '../../ui/today';

const column = createColumnHelper<AgendaItemDto>();
const columns = [
  dateColumn<AgendaItemDto>('dueDate', 'Datum', (i) => i.dueDate),
  column.accessor((i) => (i.overdue ? 'Te laat' : ''), {
    id: 'overdue',
    header: '',
    size: 90,
    meta: { filterOptions: ['Te laat'] },
    cell: ({ row }) =>
      row.original.overdue ? (
        <Badge color="red" variant="light">
          Te laat
        </Badge>
      ) : null,
  }),
  column.accessor('label', { header: 'Wat', size: 230 }),
  column.accessor('families', { header: 'Koppeling', size: 280 }),
  column.accessor('municipalityName', { header: 'Gemeente', size: 150 }),
  column.accessor((i) => i.coordinatorName ?? '', { id: 'coordinator', header: 'Coördinator', size: 160 }),
];

/** What is due in a period, per municipality and coordinator; overdue items always show. */
export function AgendaTab({ onOpen }: { onOpen: (matchId: number) => void }) {
  const today = useToday();
  const [from, setFrom] = useState(`${today.slice(0, 8)}01`);
  const [to, setTo] = useState(addDays(addMonths(`${today.slice(0, 8)}01`, 2), -1));
  const [municipalityId, setMunicipalityId] = useState<string | null>(null);
  const [coordinatorId, setCoordinatorId] = useState<string | null>(null);
  const municipalities = useApiQuery('municipalities.list', {});
  const coordinators = useApiQuery('coordinators.list', {});
  const agenda = useApiQuery(
    'matches.agenda',
    {
      from,
      to,
      municipalityId: municipalityId ? Number(municipalityId) : null,
      coordinatorId: coordinatorId ? Number(coordinatorId) : null,
    },
    { keepPrevious: true, enabled: Boolean(from && to) },
  );
  return (
    <DataTable
      label="Agenda"
      data={agenda.data ?? []}
      columns={columns}
      getRowId={(i) => `${i.matchId}-${i.kind}-${i.dueDate}`}
      initialSorting={[{ id: 'dueDate', desc: false }]}
      onOpen={(i) => onOpen(i.matchId)}
      exportFileName="agenda.csv"
      emptyText="Niets te doen in deze periode."
      toolbar={
        <>
          <DateField aria-label="Agenda van" w={140} value={from} onChange={setFrom} clearable={false} />
          <DateField aria-label="Agenda tot en met" w={140} value={to} onChange={setTo} clearable={false} />
          <Select
            aria-label="Gemeente"
            placeholder="Alle gemeenten"
            clearable
            searchable
            w={180}
            value={municipalityId}
            onChange={setMunicipalityId}
            data={(municipalities.data ?? []).map((m) => ({ value: String(m.id), label: m.name }))}
          />
          <Select
            aria-label="Coördinator"
            placeholder="Alle coördinatoren"
            clearable
            searchable
            w={180}
            value={coordinatorId}
            onChange={setCoordinatorId}
            data={(coordinators.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
          />
        </>
      }
    />
  );
}
