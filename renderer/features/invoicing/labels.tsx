import { Badge } from '@mantine/core';
import { PAYMENT_STATE_LABELS, type PaymentState } from '../../../shared/api/invoices';

export const CONTRACT_LABELS: Record<string, string> = {
  municipalityName: 'Gemeente',
  municipalityId: 'Gemeente',
  kind: 'Soort',
  description: 'Omschrijving',
  startDate: 'Begindatum',
  endDate: 'Einddatum',
  amountCents: 'Bedrag (centen)',
  targetMatchesPerYear: 'Doel nieuwe koppelingen per jaar',
  coordinatorHoursPerWeek: 'Coördinatoruren per week',
  billingName: 'Naam voor de factuur',
  billingDepartment: 'Afdeling',
  billingContact: 'Contactpersoon',
  billingStreet: 'Adres',
  billingPostcode: 'Postcode',
  billingCity: 'Plaats',
  billingEmail: 'E-mail voor facturen',
  buyerReference: 'Kenmerk of inkoopnummer',
  buyerOin: 'OIN',
  buyerKvk: 'KvK-nummer',
  paymentTermDays: 'Betaaltermijn (dagen)',
  scheduleTemplate: 'Schema',
  partsPerYear: 'Delen per jaar',
  notes: 'Notities',
  instalments: 'Termijnen',
  schedule: 'Factuurschema',
};

export const INVOICE_LABELS: Record<string, string> = {
  status: 'Status',
  number: 'Nummer',
  invoiceDate: 'Factuurdatum',
  dueDate: 'Vervaldatum',
  description: 'Omschrijving',
  amountCents: 'Bedrag (centen)',
  paidCents: 'Betaald (centen)',
  openCents: 'Open (centen)',
  paymentState: 'Betaalstatus',
  sentDate: 'Verzonden op',
  reminderDate: 'Herinnering op',
  payments: 'Betalingen',
  creditInvoice: 'Creditfactuur',
};

const STATE_COLORS: Record<PaymentState, string> = {
  concept: 'gray',
  open: 'blue',
  'partly-paid': 'yellow',
  paid: 'teal',
  overdue: 'red',
  credited: 'gray',
  credit: 'grape',
};

export function PaymentStateBadge({ state }: { state: PaymentState }) {
  return (
    <Badge color={STATE_COLORS[state]} variant="light">
      {PAYMENT_STATE_LABELS[state]}
    </Badge>
  );
}
