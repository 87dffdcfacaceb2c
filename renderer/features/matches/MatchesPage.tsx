import { Button, Drawer, Stack, Tabs, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import type { MatchRowDto } from '../../../shared/api/matches';
import { MATCH_STATUS_LABELS } from '../../../shared/domain/matches/status';
import { useApiQuery } from '../../api';
import { dateColumn } from '../../ui/columns';
import { DataTable } from '../../ui/DataTable';
import { AgendaTab } from './AgendaTab';
import { MatchStatusBadge } from './labels';
import { MatchDrawer } from './MatchDrawer';
import { MatchForm } from './MatchForm';
import { MatchStatsTab } from './MatchStatsTab';

const column = createColumnHelper<MatchRowDto>();
const columns = [
  column.accessor('requestingFamilyName', { header: 'Vraaggezin', size: 170, meta: { grow: true } }),
  column.accessor('supportFamilyName', { header: 'Steungezin', size: 170, meta: { grow: true } }),
  column.accessor('municipalityName', { header: 'Gemeente', size: 130 }),
  column.accessor((m) => m.coordinatorName ?? '', { id: 'coordinator', header: 'Coördinator', size: 115 }),
  column.accessor((m) => MATCH_STATUS_LABELS[m.status], {
    id: 'status',
    header: 'Status',
    size: 140,
    meta: { filterOptions: Object.values(MATCH_STATUS_LABELS) },
    cell: ({ row }) => <MatchStatusBadge status={row.original.status} />,
  }),
  dateColumn<MatchRowDto>('startDate', 'Begin', (m) => m.startDate, 104),
  dateColumn<MatchRowDto>('trialEnd', 'Einde proef', (m) => m.trialEnd, 104),
  dateColumn<MatchRowDto>('nextEvaluation', 'Volgende evaluatie', (m) => m.nextEvaluation, 112),
];

/** Koppelingen: every match, the Agenda of what is due, and the figures per municipality. */
export function MatchesPage() {
  const [openId, setOpenId] = useState<number | null>(null);
  return (
    <Stack gap="sm">
      <Title order={2}>Koppelingen</Title>
      <Tabs defaultValue="matches" keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="matches">Koppelingen</Tabs.Tab>
          <Tabs.Tab value="agenda">Agenda</Tabs.Tab>
          <Tabs.Tab value="stats">Cijfers</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="matches">
          <MatchesTab onOpen={setOpenId} />
        </Tabs.Panel>
        <Tabs.Panel value="agenda">
          <AgendaTab onOpen={setOpenId} />
        </Tabs.Panel>
        <Tabs.Panel value="stats">
          <MatchStatsTab />
        </Tabs.Panel>
      </Tabs>
      <MatchDrawer matchId={openId} onClose={() => setOpenId(null)} />
    </Stack>
  );
}

function MatchesTab({ onOpen }: { onOpen: (id: number) => void }) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  // The search finds families as everywhere else (name or postcode, in the main process); sorting and
  // the column filters work here on the list, which holds every match.
  const { data = [] } = useApiQuery(
    'matches.list',
    { municipalityId: null, search: debounced },
    { keepPrevious: true },
  );
  const [creating, setCreating] = useState(false);
  return (
    <>
      <DataTable
        label="Koppelingen"
        data={data}
        columns={columns}
        getRowId={(m) => String(m.id)}
        onOpen={(m) => onOpen(m.id)}
        onSearchChange={setSearch}
        exportFileName="koppelingen.csv"
        emptyText="Nog geen koppelingen. Stel de eerste voor met 'Nieuwe koppeling'."
        toolbar={<Button onClick={() => setCreating(true)}>Nieuwe koppeling</Button>}
      />
      <Drawer opened={creating} onClose={() => setCreating(false)} title="Nieuwe koppeling" position="right" size="lg">
        <MatchForm
          onCancel={() => setCreating(false)}
          onDone={(id) => {
            setCreating(false);
            onOpen(id);
          }}
        />
      </Drawer>
    </>
  );
}
