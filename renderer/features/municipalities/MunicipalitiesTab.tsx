import { Button, Switch } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import type { MunicipalityDto } from '../../../shared/api/municipalities';
import { useApiQuery } from '../../api';
import { DataTable } from '../../ui/DataTable';
import { HistoryList } from '../../ui/HistoryList';
import { RecordDrawer } from '../../ui/RecordDrawer';
import { MUNICIPALITY_LABELS } from './labels';
import { ActiveBadge } from './MunicipalitiesPage';
import { MunicipalityForm } from './MunicipalityForm';

const column = createColumnHelper<MunicipalityDto>();
const coordinatorNames = (m: MunicipalityDto) => m.coordinators.map((c) => c.name).join(', ');

const columns = [
  column.accessor('name', { header: 'Naam', size: 220 }),
  column.accessor('province', { header: 'Provincie', size: 140 }),
  column.accessor(coordinatorNames, { id: 'coordinators', header: 'Coördinatoren', size: 260 }),
  column.accessor('email', { header: 'E-mail', size: 220 }),
  column.accessor('phone', { header: 'Telefoon', size: 140 }),
  column.accessor((m) => (m.active ? 'Actief' : 'Inactief'), {
    id: 'status', header: 'Status', size: 110,
    meta: { filterOptions: ['Actief', 'Inactief'] },
    cell: (info) => <ActiveBadge active={info.row.original.active} />,
  }),
];

type Editing = { mode: 'new' } | { mode: 'edit'; id: number } | null;

export function MunicipalitiesTab() {
  const [showInactive, setShowInactive] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const { data = [] } = useApiQuery('municipalities.list', {});
  const visible = showInactive ? data : data.filter((m) => m.active);
  const current = editing?.mode === 'edit' ? data.find((m) => m.id === editing.id) : undefined;
  const close = () => setEditing(null);

  return (
    <>
      <DataTable
        label="Gemeenten"
        data={visible}
        columns={columns}
        getRowId={(m) => String(m.id)}
        initialSorting={[{ id: 'name', desc: false }]}
        onOpen={(m) => setEditing({ mode: 'edit', id: m.id })}
        exportFileName="gemeenten.csv"
        emptyText="Nog geen gemeenten. Voeg de eerste toe met 'Nieuwe gemeente'."
        toolbar={
          <>
            <Switch label="Ook inactieve" checked={showInactive} onChange={(e) => setShowInactive(e.currentTarget.checked)} />
            <Button onClick={() => setEditing({ mode: 'new' })}>Nieuwe gemeente</Button>
          </>
        }
      />
      <RecordDrawer
        opened={editing !== null}
        onClose={close}
        title={current ? current.name : 'Nieuwe gemeente'}
        form={<MunicipalityForm key={current ? `${current.id}-${current.version}` : 'new'} municipality={current} onDone={close} />}
        history={current && <HistoryList entityType="municipality" entityId={current.id} fieldLabels={MUNICIPALITY_LABELS} />}
      />
    </>
  );
}
