import { Badge } from '@mantine/core';
import { fieldLabels } from '../../../shared/api/history/field';
import { CONTRACT_HISTORY, INVOICE_HISTORY } from '../../../shared/api/history/invoicing';
import { PAYMENT_STATE_LABELS, type PaymentState } from '../../../shared/api/invoices';

/** Fields by name for the forms' clash notices: the history's labels, and the forms' own names. */
export const CONTRACT_LABELS: Record<string, string> = {
  ...fieldLabels(CONTRACT_HISTORY),
  municipalityId: 'Gemeente',
  schedule: 'Factuurschema',
};

export const INVOICE_LABELS: Record<string, string> = fieldLabels(INVOICE_HISTORY);

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
