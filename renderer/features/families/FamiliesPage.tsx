import { Drawer, Group, Loader, Select, Stack, Tabs, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { z } from 'zod';
import type { FamilyRow } from '../../../shared/api/families';
import { FAMILY_KIND_LABELS, FAMILY_KINDS, type FamilyKind } from '../../../shared/domain/families';
import { useApiQuery } from '../../api';
import { DataTable } from '../../ui/DataTable';
import { HistoryList } from '../../ui/HistoryList';
import { useRememberedState } from '../../ui/remembered';
import { FamilyForm } from './FamilyForm';

const column = createColumnHelper<FamilyRow>();
const columns = [
  column.accessor('name', { header: 'Gezin', size: 220 }),
  column.accessor((f) => FAMILY_KIND_LABELS[f.kind], { id: 'kind', header: 'Soort', size: 120 }),
  column.accessor((f) => `${f.street} ${f.houseNumber}`, { id: 'address', header: 'Adres', size: 220 }),
  column.accessor('postcode', { header: 'Postcode', size: 100 }),
  column.accessor('place', { header: 'Plaats', size: 150 }),
  column.accessor((f) => f.municipalityName ?? 'Buiten werkgebied', {
    id: 'municipality',
    header: 'Gemeente',
    size: 170,
  }),
];

/** Every family, found by name or postcode, corrected in place. */
export function FamiliesPage() {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [kind, setKind] = useRememberedState<FamilyKind | null>('families.kind', null, z.enum(FAMILY_KINDS).nullable());
  const [openId, setOpenId] = useState<number | null>(null);
  const input = { search: debounced, kind, municipalityId: null, limit: 500 };
  const families = useApiQuery('families.search', input, { keepPrevious: true });
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
        data={families.data?.rows ?? []}
        totalRows={families.data?.total}
        columns={columns}
        getRowId={(f) => String(f.id)}
        onOpen={(f) => setOpenId(f.id)}
        onSearchChange={setSearch}
        exportFileName="gezinnen.csv"
        emptyText="Nog geen gezinnen: ze komen binnen als aanmelding."
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
      <Title order={3}>{data.name}</Title>
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
