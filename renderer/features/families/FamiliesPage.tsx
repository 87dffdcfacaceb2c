import { Drawer, Group, Loader, Select, Stack, Tabs, Title } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { z } from 'zod';
import { FAMILY_COLUMNS, type FamilyRow } from '../../../shared/api/families';
import { FAMILY_KIND_LABELS, FAMILY_KINDS, type FamilyKind } from '../../../shared/domain/families';
import { call, useApiQuery } from '../../api';
import { DataTable, NO_RESULTS, type ServerList } from '../../ui/DataTable';
import { HistoryList } from '../../ui/HistoryList';
import { useRememberedState } from '../../ui/remembered';
import { saveExport, useServerList } from '../../ui/server-list';
import { AccessExportButton } from './AccessExportButton';
import { EraseFamilyButton } from './EraseFamilyButton';
import { FamilyForm } from './FamilyForm';

const column = createColumnHelper<FamilyRow>();
const columns = [
  column.accessor('name', { header: 'Gezin', size: 200, meta: { grow: true } }),
  column.accessor((f) => FAMILY_KIND_LABELS[f.kind], {
    id: 'kind',
    header: 'Soort',
    size: 120,
    meta: { filterOptions: FAMILY_KINDS.map((k) => ({ value: k, label: FAMILY_KIND_LABELS[k] })) },
  }),
  column.accessor((f) => `${f.street} ${f.houseNumber}`, { id: 'address', header: 'Adres', size: 200 }),
  column.accessor('postcode', { header: 'Postcode', size: 90 }),
  column.accessor('place', { header: 'Plaats', size: 140 }),
  column.accessor((f) => f.municipalityName ?? 'Buiten werkgebied', {
    id: 'municipality',
    header: 'Gemeente',
    size: 160,
  }),
];

/** Every family, found by name or postcode, sorted and filtered over all of them, corrected in place. */
export function FamiliesPage() {
  const [kind, setKind] = useRememberedState<FamilyKind | null>('families.kind', null, z.enum(FAMILY_KINDS).nullable());
  const [openId, setOpenId] = useState<number | null>(null);
  const base = useMemo(() => ({ kind, municipalityId: null }), [kind]);
  const families = useServerList('families.search', base, FAMILY_COLUMNS, (input) => call('families.search', input));
  const server: ServerList = {
    total: families.total,
    unfiltered: families.unfiltered,
    onQueryChange: families.setQuery,
    onLoadMore: families.loadMore,
    loading: families.loading,
    onExport: async (format) => saveExport(await call('families.export', { ...families.input, format })),
  };
  return (
    <Stack gap="sm">
      <Title order={2}>Gezinnen</Title>
      <Group>
        <Select
          label="Soort"
          w={160}
          placeholder="Alle"
          clearable
          value={kind}
          onChange={(v) => setKind(v)}
          data={[
            { value: 'vraag', label: 'Vraaggezinnen' },
            { value: 'steun', label: 'Steungezinnen' },
          ]}
        />
      </Group>
      <DataTable
        label="Gezinnen"
        data={families.rows}
        server={server}
        columns={columns}
        getRowId={(f) => String(f.id)}
        onOpen={(f) => setOpenId(f.id)}
        emptyText={kind ? NO_RESULTS : 'Nog geen gezinnen: ze komen binnen als aanmelding.'}
        height="calc(100vh - 230px)"
      />
      <Drawer opened={openId !== null} onClose={() => setOpenId(null)} position="right" size="xl" title="Gezin">
        {openId !== null && <FamilyDetail id={openId} onDone={() => setOpenId(null)} />}
      </Drawer>
    </Stack>
  );
}

function FamilyDetail({ id, onDone }: { id: number; onDone: () => void }) {
  const { data } = useApiQuery('families.get', { id });
  if (!data) return <Loader size="sm" />;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>{data.name}</Title>
        <Group gap="xs">
          <EraseFamilyButton familyId={data.id} familyName={data.name} onDone={onDone} />
          <AccessExportButton familyId={data.id} />
        </Group>
      </Group>
      <Tabs defaultValue="details">
        <Tabs.List mb="sm">
          <Tabs.Tab value="details">Gegevens</Tabs.Tab>
          <Tabs.Tab value="history">Geschiedenis</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="details">
          <FamilyForm key={data.id} family={data} onDone={onDone} />
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <HistoryList entityType="family" entityId={id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
