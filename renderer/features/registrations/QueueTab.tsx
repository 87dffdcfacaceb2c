import { Badge, Button, Drawer, Group, MultiSelect, Select, Stack, Switch, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { z } from 'zod';
import { CHANNEL_LABELS, CHANNELS, QUEUE_COLUMNS, type QueueRow } from '../../../shared/api/registrations';
import { FAMILY_KIND_LABELS, FAMILY_KINDS } from '../../../shared/domain/families';
import { formatDate } from '../../../shared/domain/format';
import { OPEN_STATUSES, REGISTRATION_STATUSES, STATUS_LABELS } from '../../../shared/domain/registrations/status';
import { call, useApiQuery } from '../../api';
import { DataTable, type ServerList } from '../../ui/DataTable';
import { useRememberedState } from '../../ui/remembered';
import { saveExport, useServerList } from '../../ui/server-list';
import { BulkActions } from './BulkActions';
import { ImportModal } from './ImportModal';
import { RegistrationDetail } from './RegistrationDetail';
import { RegistrationForm } from './RegistrationForm';
import { StatusBadge } from './StatusBadge';

const column = createColumnHelper<QueueRow>();
const OUTSIDE = 'outside';
/** Below this window width the queue leaves out Soort and Plaats, so Via and Coördinator stay in view. */
const NARROW = 1440;

const columns = [
  column.accessor('receivedDate', {
    header: 'Aangemeld',
    size: 124,
    meta: { text: (r) => formatDate(r.receivedDate) },
    cell: (i) => formatDate(i.getValue()),
  }),
  column.accessor('daysWaiting', {
    header: 'Dagen',
    size: 68,
    enableColumnFilter: false,
    cell: (info) => (
      <Text
        size="sm"
        c={info.row.original.overdue ? 'red' : undefined}
        fw={info.row.original.overdue ? 700 : undefined}
        data-overdue={info.row.original.overdue || undefined}
      >
        {info.getValue()}
      </Text>
    ),
  }),
  column.accessor((r) => STATUS_LABELS[r.status], {
    id: 'status',
    header: 'Status',
    size: 150,
    meta: { filterOptions: REGISTRATION_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] })) },
    cell: (i) => <StatusBadge status={i.row.original.status} />,
  }),
  column.accessor((r) => FAMILY_KIND_LABELS[r.kind], {
    id: 'kind',
    header: 'Soort',
    size: 100,
    meta: {
      hideBelow: NARROW,
      filterOptions: FAMILY_KINDS.map((k) => ({ value: k, label: FAMILY_KIND_LABELS[k] })),
    },
  }),
  column.accessor('familyName', {
    header: 'Gezin',
    size: 170,
    meta: { grow: true },
    cell: (info) => (
      <Group gap={4} wrap="nowrap">
        {info.getValue()}
        {info.row.original.duplicateSuspected && (
          <Badge size="xs" color="orange">
            dubbel?
          </Badge>
        )}
      </Group>
    ),
  }),
  column.accessor('postcode', { header: 'Postcode', size: 92 }),
  column.accessor('place', { header: 'Plaats', size: 120, meta: { hideBelow: NARROW } }),
  column.accessor((r) => r.municipalityName ?? 'Buiten werkgebied', {
    id: 'municipality',
    header: 'Gemeente',
    size: 124,
    cell: (info) =>
      info.row.original.municipalityName ?? (
        <Badge color="orange" variant="light">
          Buiten werkgebied
        </Badge>
      ),
  }),
  column.accessor((r) => (r.channel === 'verwijzer' ? (r.referrerOrganisation ?? 'Verwijzer') : CHANNEL_LABELS.zelf), {
    id: 'channel',
    header: 'Via',
    size: 130,
  }),
  column.accessor((r) => r.coordinatorName ?? '', { id: 'coordinator', header: 'Coördinator', size: 120 }),
];

/** The queue's quick filters, remembered on this computer for the next visit. */
const filtersSchema = z.object({
  statuses: z.array(z.enum(REGISTRATION_STATUSES)),
  kind: z.enum(FAMILY_KINDS).nullable(),
  municipality: z.string().nullable(),
  channel: z.enum(CHANNELS).nullable(),
  overdueOnly: z.boolean(),
});
type Filters = z.infer<typeof filtersSchema>;

/** The triage queue: the oldest first, quick filters, bulk actions, and a registration opened beside it. */
export function QueueTab() {
  const [filters, setFilters] = useRememberedState<Filters>(
    'queue.filters',
    { statuses: [...OPEN_STATUSES], kind: null, municipality: null, channel: null, overdueOnly: false },
    filtersSchema,
  );
  const [selection, setSelection] = useState<{ rows: QueueRow[]; all: boolean }>({ rows: [], all: false });
  const [done, setDone] = useState(0);
  const [openId, setOpenId] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const settings = useApiQuery('settings.get', {});
  const municipalities = useApiQuery('municipalities.list', {});
  const overdueDays = settings.data?.overdueDays ?? 14;
  const base = useMemo(
    () => ({
      statuses: filters.statuses,
      kind: filters.kind,
      municipalityId: filters.municipality && filters.municipality !== OUTSIDE ? Number(filters.municipality) : null,
      outsideWorkArea: filters.municipality === OUTSIDE,
      channel: filters.channel,
      waitingLongerThanDays: filters.overdueOnly ? overdueDays : null,
    }),
    [filters, overdueDays],
  );
  const queue = useServerList('registrations.queue', base, QUEUE_COLUMNS, (input) =>
    call('registrations.queue', input),
  );
  const set =
    <K extends keyof Filters>(key: K) =>
    (value: Filters[K]) =>
      setFilters((current) => ({ ...current, [key]: value }));
  const onSelectionChange = useCallback((rows: QueueRow[], all: boolean) => setSelection({ rows, all }), []);
  const server: ServerList = {
    total: queue.total,
    unfiltered: queue.unfiltered,
    onQueryChange: queue.setQuery,
    onLoadMore: queue.loadMore,
    loading: queue.loading,
    onExport: async (format) => saveExport(await call('registrations.queueExport', { ...queue.input, format })),
    selectionKey: `${JSON.stringify(base)}|${done}`,
  };

  return (
    <Stack gap="xs">
      <Group gap="xs" align="flex-end">
        <MultiSelect
          label="Status"
          w={330}
          data={REGISTRATION_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
          value={filters.statuses}
          onChange={(v) => set('statuses')(v)}
          placeholder="Alle statussen"
          clearable
        />
        <Select
          label="Soort"
          w={140}
          placeholder="Alle"
          clearable
          value={filters.kind}
          onChange={(v) => set('kind')(v)}
          data={[
            { value: 'vraag', label: 'Vraaggezin' },
            { value: 'steun', label: 'Steungezin' },
          ]}
        />
        <Select
          label="Gemeente"
          w={200}
          placeholder="Alle"
          clearable
          searchable
          value={filters.municipality}
          onChange={set('municipality')}
          data={[
            { value: OUTSIDE, label: 'Buiten werkgebied' },
            ...(municipalities.data ?? []).map((m) => ({ value: String(m.id), label: m.name })),
          ]}
        />
        <Select
          label="Kanaal"
          w={150}
          placeholder="Alle"
          clearable
          value={filters.channel}
          onChange={(v) => set('channel')(v)}
          data={[
            { value: 'zelf', label: CHANNEL_LABELS.zelf },
            { value: 'verwijzer', label: CHANNEL_LABELS.verwijzer },
          ]}
        />
        <Switch
          mb={8}
          label={`Langer dan ${overdueDays} dagen`}
          checked={filters.overdueOnly}
          onChange={(e) => set('overdueOnly')(e.currentTarget.checked)}
        />
      </Group>
      <DataTable
        label="Wachtrij"
        data={queue.rows}
        server={server}
        columns={columns}
        getRowId={(row) => String(row.id)}
        onOpen={(row) => setOpenId(row.id)}
        onSelectionChange={onSelectionChange}
        emptyText="Geen aanmeldingen met deze filters."
        height="calc(100vh - 300px)"
        selectionActions={
          <BulkActions
            selected={selection.rows}
            allMatching={selection.all ? { count: queue.total, query: queue.input } : null}
            onDone={() => setDone((n) => n + 1)}
          />
        }
        toolbar={
          <>
            <Button variant="default" onClick={() => setImporting(true)}>
              Importeren
            </Button>
            <Button onClick={() => setCreating(true)}>Nieuwe aanmelding</Button>
          </>
        }
      />
      <Drawer opened={openId !== null} onClose={() => setOpenId(null)} position="right" size="xl" title="Aanmelding">
        {openId !== null && <RegistrationDetail id={openId} />}
      </Drawer>
      <Drawer opened={creating} onClose={() => setCreating(false)} position="right" size="xl" title="Nieuwe aanmelding">
        {creating && (
          <RegistrationForm
            onDone={(id) => {
              setCreating(false);
              setOpenId(id);
            }}
          />
        )}
      </Drawer>
      <ImportModal opened={importing} onClose={() => setImporting(false)} />
    </Stack>
  );
}
