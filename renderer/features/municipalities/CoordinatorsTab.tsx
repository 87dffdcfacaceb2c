import { Button, Switch } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import type { CoordinatorDto } from '../../../shared/api/municipalities';
import { useApiQuery } from '../../api';
import { DataTable } from '../../ui/DataTable';
import { HistoryList } from '../../ui/HistoryList';
import { RecordDrawer } from '../../ui/RecordDrawer';
import { CoordinatorForm } from './CoordinatorForm';
import { COORDINATOR_LABELS } from './labels';
import { ActiveBadge } from './MunicipalitiesPage';

const column = createColumnHelper<CoordinatorDto>();

const columns = [
  column.accessor('name', { header: 'Naam', size: 220 }),
  column.accessor((c) => c.municipalities.map((m) => m.name).join(', '), { id: 'municipalities', header: 'Gemeenten', size: 280 }),
  column.accessor('email', { header: 'E-mail', size: 240 }),
  column.accessor('phone', { header: 'Telefoon', size: 140 }),
  column.accessor((c) => (c.active ? 'Actief' : 'Inactief'), {
    id: 'status', header: 'Status', size: 110,
    meta: { filterOptions: ['Actief', 'Inactief'] },
    cell: (info) => <ActiveBadge active={info.row.original.active} />,
  }),
];

type Editing = { mode: 'new' } | { mode: 'edit'; id: number } | null;

export function CoordinatorsTab() {
  const [showInactive, setShowInactive] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const { data = [] } = useApiQuery('coordinators.list', {});
  const visible = showInactive ? data : data.filter((c) => c.active);
  const current = editing?.mode === 'edit' ? data.find((c) => c.id === editing.id) : undefined;
  const close = () => setEditing(null);

  return (
    <>
      <DataTable
        label="Coördinatoren"
        data={visible}
        columns={columns}
        getRowId={(c) => String(c.id)}
        initialSorting={[{ id: 'name', desc: false }]}
        onOpen={(c) => setEditing({ mode: 'edit', id: c.id })}
        exportFileName="coordinatoren.csv"
        emptyText="Nog geen coördinatoren. Voeg de eerste toe met 'Nieuwe coördinator'."
        toolbar={
          <>
            <Switch label="Ook inactieve" checked={showInactive} onChange={(e) => setShowInactive(e.currentTarget.checked)} />
            <Button onClick={() => setEditing({ mode: 'new' })}>Nieuwe coördinator</Button>
          </>
        }
      />
      <RecordDrawer
        opened={editing !== null}
        onClose={close}
        title={current ? current.name : 'Nieuwe coördinator'}
        form={<CoordinatorForm key={current ? `${current.id}-${current.version}` : 'new'} coordinator={current} onDone={close} />}
        history={current && <HistoryList entityType="coordinator" entityId={current.id} fieldLabels={COORDINATOR_LABELS} />}
      />
    </>
  );
}
