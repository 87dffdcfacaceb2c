import { EntitySchema } from 'typeorm';
import type { InvoiceKind, InvoiceStatus } from '../../../shared/api/invoices';
import { baseColumns, type BaseRecord } from './base';

export interface Invoice extends BaseRecord {
  kind: InvoiceKind;
  status: InvoiceStatus;
  /** Given when the invoice is made final, from the year's gap-free sequence. */
  number: string | null;
  contractId: number;
  municipalityId: number;
  instalmentId: number | null;
  creditedInvoiceId: number | null;
  invoiceDate: string;
  dueDate: string;
  description: string;
  /** Negative for a credit invoice. */
  amountCents: number;
  /** JSON of the seller's and buyer's details as printed, fixed when the invoice is made final. */
  issued: string | null;
  finalizedAt: string | null;
  sentDate: string | null;
  reminderDate: string | null;
}

export interface Payment {
  id: number;
  invoiceId: number;
  paidOn: string;
  amountCents: number;
  createdAt: string;
}

const date = { type: 'varchar' as const, length: 10, nullable: true };

export const InvoiceEntity = new EntitySchema<Invoice>({
  name: 'invoice',
  columns: {
    ...baseColumns,
    kind: { type: 'varchar', length: 7 },
    status: { type: 'varchar', length: 7 },
    number: { type: 'varchar', length: 9, nullable: true },
    contractId: { type: 'integer' },
    municipalityId: { type: 'integer' },
    instalmentId: { type: 'integer', nullable: true },
    creditedInvoiceId: { type: 'integer', nullable: true },
    invoiceDate: { type: 'varchar', length: 10 },
    dueDate: { type: 'varchar', length: 10 },
    description: { type: 'varchar', length: 300 },
    amountCents: { type: 'integer' },
    issued: { type: 'text', nullable: true },
    finalizedAt: { type: 'varchar', length: 30, nullable: true },
    sentDate: date,
    reminderDate: date,
  },
});

export const PaymentEntity = new EntitySchema<Payment>({
  name: 'invoice_payment',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    invoiceId: { type: 'integer' },
    paidOn: { type: 'varchar', length: 10 },
    amountCents: { type: 'integer' },
    createdAt: { type: 'varchar', length: 30 },
  },
});
