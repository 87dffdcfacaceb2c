import { Button, Divider, Group, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useState } from 'react';
import { paymentFields, type InvoiceDto } from '../../../shared/api/invoices';
import { formatDate, formatMoney } from '../../../shared/domain/format';
import { call, useApiMutation, useApiQuery } from '../../api';
import { ClashNotice } from '../../ui/ClashNotice';
import { DateField } from '../../ui/DateField';
import { savePdf, saveXml } from '../../ui/files';
import { auditedChanges, notifyError, notifySaved, saveForm, useVersionedForm } from '../../ui/form';
import { HistoryList } from '../../ui/HistoryList';
import { MoneyField } from '../../ui/MoneyField';
import { RecordDrawer } from '../../ui/RecordDrawer';
import { useToday } from '../../ui/today';
import { INVOICE_LABELS, PaymentStateBadge } from './labels';

export function InvoiceDrawer(props: { invoiceId: number | null; onClose: () => void; onOpen: (id: number) => void }) {
  const { data: invoice } = useApiQuery(
    'invoices.get',
    { id: props.invoiceId ?? 0 },
    { enabled: props.invoiceId !== null },
  );
  const shown = invoice && invoice.id === props.invoiceId ? invoice : undefined;
  return (
    <RecordDrawer
      opened={props.invoiceId !== null}
      onClose={props.onClose}
      title={shown ? title(shown) : 'Factuur'}
      form={shown && <InvoiceDetails key={shown.id} invoice={shown} onClose={props.onClose} onOpen={props.onOpen} />}
      history={shown && <HistoryList entityType="invoice" entityId={shown.id} />}
    />
  );
}

function title(invoice: InvoiceDto): string {
  const kind = invoice.kind === 'credit' ? 'Creditfactuur' : 'Factuur';
  return invoice.number ? `${kind} ${invoice.number}` : `Concept-${kind.toLowerCase()}`;
}

function InvoiceDetails({
  invoice,
  onClose,
  onOpen,
}: {
  invoice: InvoiceDto;
  onClose: () => void;
  onOpen: (id: number) => void;
}) {
  const facts: [string, string][] = [
    ['Gemeente', invoice.municipalityName],
    ['Opdracht', invoice.contractDescription],
    ...(invoice.instalmentLabel ? [['Termijn', invoice.instalmentLabel] as [string, string]] : []),
    ['Factuurdatum', formatDate(invoice.invoiceDate)],
    ...(invoice.kind === 'invoice' ? [['Vervaldatum', formatDate(invoice.dueDate)] as [string, string]] : []),
    ['Bedrag', formatMoney(invoice.amountCents)],
    ...(invoice.status === 'final' && invoice.purchaseOrderNumber
      ? [['Inkoopordernummer', invoice.purchaseOrderNumber] as [string, string]]
      : []),
    ...(invoice.kind === 'invoice' && invoice.status === 'final'
      ? ([
          ['Betaald', formatMoney(invoice.paidCents)],
          ['Open', formatMoney(invoice.openCents)],
        ] as [string, string][])
      : []),
    ...(invoice.sentDate ? [['Verzonden op', formatDate(invoice.sentDate)] as [string, string]] : []),
    ...(invoice.reminderDate ? [['Herinnering', formatDate(invoice.reminderDate)] as [string, string]] : []),
  ];
  return (
    <Stack>
      <Group>
        <PaymentStateBadge state={invoice.paymentState} />
      </Group>
      <Table fz="sm" aria-label="Factuurgegevens">
        <Table.Tbody>
          {facts.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Td c="dimmed" w={140}>
                {label}
              </Table.Td>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {invoice.creditedInvoice && (
        <Button variant="subtle" size="xs" onClick={() => onOpen(invoice.creditedInvoice!.id)}>
          Crediteert factuur {invoice.creditedInvoice.number}
        </Button>
      )}
      {invoice.creditInvoice && (
        <Button variant="subtle" size="xs" onClick={() => onOpen(invoice.creditInvoice!.id)}>
          Gecrediteerd met {invoice.creditInvoice.number ?? 'een concept-creditfactuur'}
        </Button>
      )}
      <Files invoice={invoice} />
      {/* The payment and credit fields start afresh from each version; the concept form keeps what the user typed. */}
      {invoice.status === 'concept' ? (
        <ConceptActions invoice={invoice} onClose={onClose} />
      ) : (
        <FinalActions key={invoice.version} invoice={invoice} onOpen={onOpen} />
      )}
    </Stack>
  );
}

function Files({ invoice }: { invoice: InvoiceDto }) {
  const reminder = useApiMutation('invoices.reminder');
  const run = (work: () => Promise<void>) => work().catch(notifyError);
  return (
    <Group>
      <Button
        variant="default"
        onClick={() => run(async () => savePdf(await call('invoices.pdf', { id: invoice.id })))}
      >
        {invoice.status === 'concept' ? 'Concept-PDF opslaan' : 'PDF opslaan'}
      </Button>
      {invoice.status === 'final' && (
        <Button
          variant="default"
          onClick={() => run(async () => saveXml(await call('invoices.ubl', { id: invoice.id })))}
        >
          E-factuur (UBL) opslaan
        </Button>
      )}
      {invoice.paymentState === 'overdue' && (
        <Button
          variant="default"
          color="red"
          onClick={() =>
            run(async () => savePdf(await reminder.mutateAsync({ id: invoice.id, version: invoice.version })))
          }
        >
          Herinnering (PDF)
        </Button>
      )}
    </Group>
  );
}

const conceptValues = ({ invoiceDate, description, purchaseOrderNumber }: InvoiceDto) => ({
  invoiceDate,
  description,
  purchaseOrderNumber: purchaseOrderNumber ?? '',
});

function ConceptActions({ invoice, onClose }: { invoice: InvoiceDto; onClose: () => void }) {
  const form = useForm({ initialValues: conceptValues(invoice) });
  const versioned = useVersionedForm(form, {
    stored: { values: conceptValues(invoice), version: invoice.version },
    reload: async () => {
      const stored = await call('invoices.get', { id: invoice.id });
      return { values: conceptValues(stored), version: stored.version };
    },
    changesSince: auditedChanges('invoice', invoice.id),
  });
  const update = useApiMutation('invoices.updateConcept');
  const finalize = useApiMutation('invoices.finalize');
  const remove = useApiMutation('invoices.deleteConcept');
  const save = saveForm(
    form,
    (values) => update.mutateAsync({ id: invoice.id, version: versioned.version, ...values }),
    () => 'Het concept is opgeslagen.',
    versioned,
  );
  async function makeFinal() {
    try {
      await finalize.mutateAsync({ ids: [invoice.id] });
      notifySaved('De factuur is definitief en genummerd.');
    } catch (error) {
      notifyError(error);
    }
  }
  function confirmDelete() {
    modals.openConfirmModal({
      title: 'Concept verwijderen?',
      children: <Text size="sm">Het concept verdwijnt; de termijn komt terug onder Te factureren.</Text>,
      labels: { confirm: 'Verwijderen', cancel: 'Annuleren' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void remove.mutateAsync({ id: invoice.id, version: versioned.version }).then(onClose, notifyError),
    });
  }
  return (
    <form onSubmit={save} noValidate>
      <Stack>
        <Divider label="Concept" labelPosition="left" />
        <ClashNotice versioned={versioned} labels={INVOICE_LABELS} />
        <DateField label="Factuurdatum" w={180} {...form.getInputProps('invoiceDate')} />
        <Textarea label="Omschrijving" autosize minRows={2} {...form.getInputProps('description')} />
        <TextInput
          label="Inkoopordernummer"
          description="Van de opdracht overgenomen; leeg als de gemeente geen inkooporder heeft"
          w={320}
          {...form.getInputProps('purchaseOrderNumber')}
        />
        <Group justify="space-between">
          <Button variant="subtle" color="red" onClick={confirmDelete}>
            Verwijderen
          </Button>
          <Group>
            <Button type="submit" variant="default" loading={update.isPending}>
              Opslaan
            </Button>
            <Button onClick={makeFinal} loading={finalize.isPending} disabled={form.isDirty()}>
              Definitief maken
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

function FinalActions({ invoice, onOpen }: { invoice: InvoiceDto; onOpen: (id: number) => void }) {
  const today = useToday();
  const [sentDate, setSentDate] = useState(invoice.sentDate ?? today);
  const payment = useForm<{ paidOn: string; amountCents: number | null }>({
    initialValues: { paidOn: today, amountCents: invoice.openCents || null },
    validate: zod4Resolver(paymentFields),
  });
  const markSent = useApiMutation('invoices.markSent');
  const addPayment = useApiMutation('invoices.addPayment');
  const removePayment = useApiMutation('invoices.removePayment');
  const credit = useApiMutation('invoices.credit');
  const [reason, setReason] = useState('');
  const payable = invoice.kind === 'invoice' && invoice.paymentState !== 'credited';

  const book = saveForm(
    payment,
    (values) =>
      addPayment.mutateAsync({
        id: invoice.id,
        version: invoice.version,
        paidOn: values.paidOn,
        amountCents: values.amountCents ?? 0,
      }),
    () => 'De betaling is geboekt.',
  );
  async function makeCredit() {
    try {
      const created = await credit.mutateAsync({ id: invoice.id, version: invoice.version, reason });
      notifySaved('Er is een concept-creditfactuur gemaakt; maak die definitief om de factuur te vervallen.');
      onOpen(created.id);
    } catch (error) {
      notifyError(error);
    }
  }

  return (
    <Stack>
      <Divider label="Verzending" labelPosition="left" />
      <Group align="flex-end">
        <DateField label="Verzonden op" w={160} value={sentDate} onChange={setSentDate} />
        <Button
          variant="default"
          loading={markSent.isPending}
          onClick={() =>
            markSent
              .mutateAsync({ id: invoice.id, version: invoice.version, sentDate })
              .then(() => notifySaved('Verzenddatum opgeslagen.'), notifyError)
          }
        >
          Verzonden
        </Button>
      </Group>
      {payable && (
        <>
          <Divider label="Betalingen" labelPosition="left" />
          {invoice.payments.map((p) => (
            <Group key={p.id} justify="space-between">
              <Text size="sm">
                {formatDate(p.paidOn)}: {formatMoney(p.amountCents)}
              </Text>
              <Button
                variant="subtle"
                size="xs"
                color="red"
                onClick={() =>
                  removePayment
                    .mutateAsync({ id: invoice.id, version: invoice.version, paymentId: p.id })
                    .catch(notifyError)
                }
              >
                Weghalen
              </Button>
            </Group>
          ))}
          {invoice.openCents > 0 && (
            <form onSubmit={book} noValidate>
              <Group align="flex-start">
                <DateField label="Betaald op" w={160} {...payment.getInputProps('paidOn')} />
                <MoneyField
                  label="Bedrag"
                  w={150}
                  value={payment.values.amountCents}
                  onChange={(c) => payment.setFieldValue('amountCents', c)}
                  error={payment.errors.amountCents}
                />
                <Button type="submit" mt={25} loading={addPayment.isPending}>
                  Betaling boeken
                </Button>
              </Group>
            </form>
          )}
        </>
      )}
      {invoice.kind === 'invoice' && !invoice.creditInvoice && invoice.paidCents === 0 && (
        <>
          <Divider label="Corrigeren" labelPosition="left" />
          <Text size="sm" c="dimmed">
            Een definitieve factuur verandert niet meer. Maak een creditfactuur die haar vervalt, en daarna zo nodig een
            nieuwe factuur.
          </Text>
          <Group align="flex-end">
            <TextInput
              label="Reden"
              placeholder="Bijvoorbeeld: verkeerd kenmerk"
              w={300}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
            <Button variant="default" color="red" onClick={makeCredit} loading={credit.isPending}>
              Crediteren
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
