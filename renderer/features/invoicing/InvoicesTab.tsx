import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { PAYMENT_STATE_LABELS, type InvoiceDto } from '../../../shared/api/invoices';
import { useApiMutation, useApiQuery } from '../../api';
import { dateColumn, moneyColumn } from '../../ui/columns';
import { DataTable } from '../../ui/DataTable';
import { notifyError, notifySaved } from '../../ui/form';
import { useThisYear } from '../../ui/today';
import { yearChoices } from '../../ui/years';
import { InvoiceDrawer } from './InvoiceDrawer';
import { PaymentStateBadge } from './labels';

const column = createColumnHelper<InvoiceDto>();
const columns = [
  column.accessor((i) => i.number ?? 'concept', { id: 'number', header: 'Nummer', size: 100 }),
  dateColumn<InvoiceDto>('invoiceDate', 'Datum', (i) => i.invoiceDate),
  column.accessor('municipalityName', { header: 'Gemeente', size: 150 }),
  column.accessor('description', { header: 'Omschrijving', size: 200, meta: { grow: true } }),
  moneyColumn<InvoiceDto>('amountCents', 'Bedrag', (i) => i.amountCents, 110),
  moneyColumn<InvoiceDto>('openCents', 'Open', (i) => i.openCents, 110),
  dateColumn<InvoiceDto>('dueDate', 'Vervalt', (i) =>
    i.kind === 'invoice' && i.status === 'final' ? i.dueDate : null,
  ),
  column.accessor((i) => PAYMENT_STATE_LABELS[i.paymentState], {
    id: 'state',
    header: 'Status',
    size: 130,
    meta: { filterOptions: Object.values(PAYMENT_STATE_LABELS) },
    cell: ({ row }) => <PaymentStateBadge state={row.original.paymentState} />,
  }),
];

const ALL_YEARS = 'alle';

export function InvoicesTab() {
  const thisYear = useThisYear();
  const [year, setYear] = useState<string>(ALL_YEARS);
  const [openId, setOpenId] = useState<number | null>(null);
  const [selected, setSelected] = useState<InvoiceDto[]>([]);
  const invoices = useApiQuery(
    'invoices.list',
    { year: year === ALL_YEARS ? null : Number(year) },
    { keepPrevious: true },
  );
  const finalize = useApiMutation('invoices.finalize');
  const concepts = selected.filter((i) => i.status === 'concept');
  const [confirming, setConfirming] = useState(false);

  async function finalizeSelected() {
    setConfirming(false);
    try {
      const { ids } = await finalize.mutateAsync({ ids: concepts.map((i) => i.id) });
      notifySaved(`${ids.length === 1 ? 'De factuur is' : `${ids.length} facturen zijn`} definitief en genummerd.`);
    } catch (error) {
      notifyError(error);
    }
  }

  return (
    <>
      <DataTable
        label="Facturen"
        data={invoices.data ?? []}
        columns={columns}
        getRowId={(i) => String(i.id)}
        initialSorting={[{ id: 'invoiceDate', desc: true }]}
        onOpen={(i) => setOpenId(i.id)}
        onSelectionChange={setSelected}
        exportFileName="facturen.csv"
        emptyText="Nog geen facturen. Maak ze onder Te factureren."
        toolbar={
          <>
            <Select
              aria-label="Jaar"
              w={110}
              data={[{ value: ALL_YEARS, label: 'Alle jaren' }, ...yearChoices(thisYear)]}
              value={year}
              onChange={(v) => setYear(v ?? ALL_YEARS)}
              allowDeselect={false}
            />
            <Button onClick={() => setConfirming(true)} disabled={concepts.length === 0} loading={finalize.isPending}>
              Definitief maken{concepts.length > 0 ? ` (${concepts.length})` : ''}
            </Button>
          </>
        }
      />
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="Facturen definitief maken">
        <Stack>
          <Text size="sm">
            {concepts.length === 1
              ? 'Eén conceptfactuur krijgt een factuurnummer en wordt definitief.'
              : `${concepts.length.toLocaleString('nl-NL')} conceptfacturen krijgen een factuurnummer en worden definitief.`}{' '}
            Een definitieve factuur kan niet meer worden gewijzigd of verwijderd, alleen gecrediteerd.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Annuleren
            </Button>
            <Button onClick={() => void finalizeSelected()}>
              {concepts.length === 1 ? 'Eén factuur' : `${concepts.length.toLocaleString('nl-NL')} facturen`} definitief
              maken
            </Button>
          </Group>
        </Stack>
      </Modal>
      <InvoiceDrawer invoiceId={openId} onClose={() => setOpenId(null)} onOpen={setOpenId} />
    </>
  );
}
