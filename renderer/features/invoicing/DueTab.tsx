import { Button, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import type { DueInstalmentDto } from '../../../shared/api/invoices';
import { addDays, addMonths } from '../../../shared/domain/dates';
import { formatMoney } from '../../../shared/domain/format';
import { useApiMutation, useApiQuery } from '../../api';
import { dateColumn, moneyColumn } from '../../ui/columns';
import { DataTable } from '../../ui/DataTable';
import { DateField } from '../../ui/DateField';
import { notifyError, notifySaved } from '../../ui/form';
import { useToday } from '../../ui/today';

const column = createColumnHelper<DueInstalmentDto>();
const columns = [
  dateColumn<DueInstalmentDto>('invoiceDate', 'Factuurdatum', (i) => i.invoiceDate),
  column.accessor('municipalityName', { header: 'Gemeente', size: 180 }),
  column.accessor('contractDescription', { header: 'Opdracht', size: 240, meta: { grow: true } }),
  column.accessor('label', { header: 'Termijn', size: 90 }),
  moneyColumn<DueInstalmentDto>('amountCents', 'Bedrag', (i) => i.amountCents),
];

function endOfMonth(date: string): string {
  const first = `${date.slice(0, 8)}01`;
  return addDays(addMonths(first, 1), -1);
}

/** "Te factureren": instalments due up to a date; the chosen ones become concept invoices in one go. */
export function DueTab() {
  const today = useToday();
  const [until, setUntil] = useState(() => endOfMonth(today));
  const [selected, setSelected] = useState<DueInstalmentDto[]>([]);
  const due = useApiQuery('instalments.due', { until }, { keepPrevious: true, enabled: until !== '' });
  const create = useApiMutation('invoices.createFromInstalments');

  async function createInvoices() {
    try {
      const { ids } = await create.mutateAsync({ instalmentIds: selected.map((i) => i.id) });
      notifySaved(
        `${ids.length === 1 ? 'Eén conceptfactuur' : `${ids.length} conceptfacturen`} gemaakt; u vindt ze onder Facturen.`,
      );
    } catch (error) {
      notifyError(error);
    }
  }

  const total = selected.reduce((sum, i) => sum + i.amountCents, 0);
  return (
    <DataTable
      label="Te factureren"
      data={due.data ?? []}
      columns={columns}
      getRowId={(i) => String(i.id)}
      initialSorting={[{ id: 'invoiceDate', desc: false }]}
      onSelectionChange={setSelected}
      exportFileName="te-factureren.csv"
      emptyText="Er zijn geen termijnen te factureren tot en met deze datum."
      toolbar={
        <>
          <DateField
            aria-label="Te factureren tot en met"
            w={150}
            value={until}
            onChange={setUntil}
            clearable={false}
          />
          {selected.length > 0 && (
            <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
              Samen {formatMoney(total)}
            </Text>
          )}
          <Button onClick={createInvoices} disabled={selected.length === 0} loading={create.isPending}>
            Facturen maken{selected.length > 0 ? ` (${selected.length.toLocaleString('nl-NL')})` : ''}
          </Button>
        </>
      }
    />
  );
}
