import { Button } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { CONTRACT_KIND_LABELS, type ContractDto } from '../../../shared/api/contracts';
import { TEMPLATE_LABELS } from '../../../shared/domain/invoicing/schedule';
import { useApiQuery } from '../../api';
import { dateColumn, moneyColumn } from '../../ui/columns';
import { DataTable } from '../../ui/DataTable';
import { HistoryList } from '../../ui/HistoryList';
import { RecordDrawer } from '../../ui/RecordDrawer';
import { ContractForm } from './ContractForm';

const column = createColumnHelper<ContractDto>();

const columns = [
  column.accessor('municipalityName', { header: 'Gemeente', size: 180 }),
  column.accessor('description', { header: 'Omschrijving', size: 300 }),
  column.accessor((c) => CONTRACT_KIND_LABELS[c.kind], {
    id: 'kind',
    header: 'Soort',
    size: 110,
    meta: { filterOptions: Object.values(CONTRACT_KIND_LABELS) },
  }),
  dateColumn<ContractDto>('startDate', 'Begin', (c) => c.startDate),
  dateColumn<ContractDto>('endDate', 'Einde', (c) => c.endDate),
  moneyColumn<ContractDto>('amountCents', 'Bedrag', (c) => c.amountCents),
  moneyColumn<ContractDto>('invoicedCents', 'Gefactureerd', (c) => c.invoicedCents),
  column.accessor(
    (c) =>
      c.scheduleTemplate === 'custom' ? `${c.instalments.length} termijnen` : TEMPLATE_LABELS[c.scheduleTemplate],
    { id: 'schedule', header: 'Schema', size: 180 },
  ),
];

type Editing = { mode: 'new' } | { mode: 'edit'; id: number } | null;

export function ContractsTab() {
  const { data = [] } = useApiQuery('contracts.list', { municipalityId: null });
  const [editing, setEditing] = useState<Editing>(null);
  const current = editing?.mode === 'edit' ? data.find((c) => c.id === editing.id) : undefined;
  const close = () => setEditing(null);
  return (
    <>
      <DataTable
        label="Opdrachten"
        data={data}
        columns={columns}
        getRowId={(c) => String(c.id)}
        initialSorting={[{ id: 'startDate', desc: true }]}
        onOpen={(c) => setEditing({ mode: 'edit', id: c.id })}
        exportFileName="opdrachten.csv"
        emptyText="Nog geen opdrachten. Leg de opdracht van een gemeente vast met 'Nieuwe opdracht'."
        toolbar={<Button onClick={() => setEditing({ mode: 'new' })}>Nieuwe opdracht</Button>}
      />
      <RecordDrawer
        opened={editing !== null}
        onClose={close}
        title={current ? `${current.municipalityName}: ${current.description}` : 'Nieuwe opdracht'}
        form={
          <div key={current ? current.id : 'new'}>
            <ContractForm contract={current} onDone={close} />
          </div>
        }
        history={current && <HistoryList entityType="contract" entityId={current.id} />}
      />
    </>
  );
}
