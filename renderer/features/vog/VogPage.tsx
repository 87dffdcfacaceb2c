import { Badge, Button, Checkbox, Group, SegmentedControl, Select, Stack, Tabs, Text, Title } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { z } from 'zod';
import type { VogMatchWarningDto, VogRowDto } from '../../../shared/api/vog';
import { formatDate } from '../../../shared/domain/format';
import { VOG_STATUS_LABELS } from '../../../shared/domain/vog/status';
import { useApiMutation, useApiQuery } from '../../api';
import { dateColumn } from '../../ui/columns';
import { downloadCsv } from '../../ui/csv';
import { DataTable } from '../../ui/DataTable';
import { DateField } from '../../ui/DateField';
import { notifyError, notifySaved } from '../../ui/form';
import { useRememberedState } from '../../ui/remembered';
import { useToday } from '../../ui/today';
import { RemoveScansButton } from './RemoveScansButton';
import { VogDrawer } from './VogDrawer';

const LISTS = {
  nodig: { label: 'VOG nodig', keep: (r: VogRowDto) => r.status === 'nodig' || r.status === 'verlopen_aanvraag' },
  loopt: {
    label: 'Aanvraag loopt',
    keep: (r: VogRowDto) => r.status === 'aangevraagd' || r.status === 'voornemen_weigering',
  },
  verloopt: { label: 'Verloopt binnen 60 dagen', keep: (r: VogRowDto) => r.expiresSoon },
  verlopen: { label: 'Verlopen', keep: (r: VogRowDto) => r.expired },
  alle: { label: 'Alle', keep: () => true },
} as const;
type ListName = keyof typeof LISTS;

const column = createColumnHelper<VogRowDto>();
const columns = [
  column.accessor('name', { header: 'Naam', size: 190 }),
  column.accessor('familyName', { header: 'Gezin', size: 170 }),
  column.accessor((r) => r.municipalityName ?? 'Buiten werkgebied', {
    id: 'municipality',
    header: 'Gemeente',
    size: 150,
  }),
  column.accessor((r) => VOG_STATUS_LABELS[r.status], {
    id: 'status',
    header: 'Status',
    size: 170,
    meta: { filterOptions: Object.values(VOG_STATUS_LABELS) },
    cell: ({ row }) => (
      <Badge
        variant="light"
        color={row.original.status === 'ontvangen' ? 'teal' : row.original.status === 'geweigerd' ? 'red' : 'gray'}
      >
        {VOG_STATUS_LABELS[row.original.status]}
      </Badge>
    ),
  }),
  dateColumn<VogRowDto>('requestedDate', 'Aangevraagd', (r) => r.requestedDate),
  column.accessor((r) => r.daysWaiting ?? '', {
    id: 'daysWaiting',
    header: 'Dagen',
    size: 120,
    cell: ({ row }) =>
      row.original.requestOverdue ? (
        <Badge color="red" variant="light">
          {row.original.daysWaiting} te lang
        </Badge>
      ) : (
        (row.original.daysWaiting ?? '')
      ),
  }),
  dateColumn<VogRowDto>('issueDate', 'Afgegeven', (r) => r.issueDate),
  dateColumn<VogRowDto>('validUntil', 'Geldig tot', (r) => r.validUntil),
  dateColumn<VogRowDto>('renewBefore', 'Vernieuwen vóór', (r) => r.renewBefore, 130),
];

/** The VOG administration of all volunteer adults, and the matches it puts at risk. */
export function VogPage() {
  const warnings = useApiQuery('vog.matchWarnings', {});
  return (
    <Stack gap="sm">
      <Title order={2}>VOG</Title>
      <Tabs defaultValue="people" keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="people">Vrijwilligers</Tabs.Tab>
          <Tabs.Tab
            value="warnings"
            rightSection={
              warnings.data?.length ? (
                <Badge color="red" size="sm">
                  {warnings.data.length}
                </Badge>
              ) : null
            }
          >
            Koppelingen zonder geldige VOG
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="people">
          <VolunteersTab />
        </Tabs.Panel>
        <Tabs.Panel value="warnings">
          <WarningsTab warnings={warnings.data ?? []} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function VolunteersTab() {
  const [list, setList] = useRememberedState<ListName>(
    'vog.list',
    'nodig',
    z.custom<ListName>((value) => typeof value === 'string' && value in LISTS),
  );
  const [municipality, setMunicipality] = useRememberedState('vog.municipality', null, z.string().nullable());
  const [selected, setSelected] = useState<VogRowDto[]>([]);
  const [openId, setOpenId] = useState<number | null>(null);
  const today = useToday();
  const [requestDate, setRequestDate] = useState(today);
  const [freeScheme, setFreeScheme] = useState(true);
  const rows = useApiQuery('vog.list', {});
  const municipalities = useApiQuery('municipalities.list', {});
  const bulk = useApiMutation('vog.bulkRequest');
  // One array per answer and choice: the table clears its selection whenever it gets new rows.
  const shown = useMemo(
    () =>
      (rows.data ?? [])
        .filter(LISTS[list].keep)
        .filter((r) => municipality === null || String(r.municipalityId) === municipality),
    [rows.data, list, municipality],
  );
  const requestable = selected.filter((r) => ['nodig', 'verlopen_aanvraag', 'ontvangen'].includes(r.status));

  async function markRequested() {
    try {
      await bulk.mutateAsync({ ids: requestable.map((r) => r.personId), date: requestDate, freeScheme });
      notifySaved(`${requestable.length} ${requestable.length === 1 ? 'aanvraag' : 'aanvragen'} vastgelegd.`);
    } catch (error) {
      notifyError(error);
    }
  }

  return (
    <Stack gap="xs">
      <Group>
        <SegmentedControl
          value={list}
          onChange={(v) => setList(v as ListName)}
          data={Object.entries(LISTS).map(([value, l]) => ({ value, label: l.label }))}
        />
        <Select
          aria-label="Gemeente"
          placeholder="Alle gemeenten"
          clearable
          searchable
          w={200}
          value={municipality}
          onChange={setMunicipality}
          data={(municipalities.data ?? []).map((m) => ({ value: String(m.id), label: m.name }))}
        />
        <RemoveScansButton />
      </Group>
      <DataTable
        label="Vrijwilligers en hun VOG"
        data={shown}
        columns={columns}
        getRowId={(r) => String(r.personId)}
        initialSorting={[{ id: 'name', desc: false }]}
        onOpen={(r) => setOpenId(r.personId)}
        onSelectionChange={setSelected}
        exportFileName="vog.csv"
        height="calc(100vh - 300px)"
        emptyText="Niemand in deze lijst."
        toolbar={
          selected.length > 0 && (
            <>
              <DateField
                aria-label="Aangevraagd op"
                w={140}
                value={requestDate}
                onChange={setRequestDate}
                clearable={false}
              />
              <Checkbox
                label="Gratis VOG"
                checked={freeScheme}
                onChange={(e) => setFreeScheme(e.currentTarget.checked)}
              />
              <Button onClick={markRequested} disabled={requestable.length === 0} loading={bulk.isPending}>
                Aangevraagd ({requestable.length})
              </Button>
              <Button variant="default" onClick={() => exportForRequest(selected)}>
                Selectie voor aanvraag (CSV)
              </Button>
            </>
          )
        }
      />
      <VogDrawer personId={openId} onClose={() => setOpenId(null)} />
    </Stack>
  );
}

/** Only what the request needs: name, e-mail and date of birth. */
function exportForRequest(rows: VogRowDto[]) {
  downloadCsv(
    'vog-aanvraag.csv',
    ['Naam', 'E-mail', 'Geboortedatum'],
    rows.map((r) => [r.name, r.email ?? '', formatDate(r.birthDate)]),
  );
}

const warningColumn = createColumnHelper<VogMatchWarningDto>();
const warningColumns = [
  warningColumn.accessor('families', { header: 'Koppeling', size: 300 }),
  warningColumn.accessor('municipalityName', { header: 'Gemeente', size: 160 }),
  warningColumn.accessor((w) => w.reasons.join(' '), { id: 'reasons', header: 'Waarom', size: 520 }),
];

function WarningsTab({ warnings }: { warnings: VogMatchWarningDto[] }) {
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        Lopende koppelingen waarin een volwassene van het steungezin geen geldige VOG heeft.
      </Text>
      <DataTable
        label="Koppelingen zonder geldige VOG"
        data={warnings}
        columns={warningColumns}
        getRowId={(w) => String(w.matchId)}
        exportFileName="koppelingen-zonder-vog.csv"
        emptyText="Alle lopende koppelingen hebben geldige VOG's."
        height="calc(100vh - 260px)"
      />
    </Stack>
  );
}
