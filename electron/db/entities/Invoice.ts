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
  /** The municipality's purchase order this invoice bills (cac:OrderReference); from the contract. */
  purchaseOrderNumber: string | null;
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
    number: { type: 'varchar', length: 9, nullable: true, unique: true },
    contractId: { type: 'integer', foreignKey: { target: 'municipality_contract' } },
    municipalityId: { type: 'integer', foreignKey: { target: 'municipality' } },
    instalmentId: {
      type: 'integer',
      nullable: true,
      foreignKey: { target: 'contract_instalment', onDelete: 'SET NULL' },
    },
    // A credit invoice cancels one invoice, and an invoice is cancelled at most once.
    creditedInvoiceId: { type: 'integer', nullable: true, unique: true, foreignKey: { target: 'invoice' } },
    invoiceDate: { type: 'varchar', length: 10 },
    dueDate: { type: 'varchar', length: 10 },
    description: { type: 'varchar', length: 300 },
    purchaseOrderNumber: { type: 'varchar', length: 50, nullable: true },
    amountCents: { type: 'integer' },
    issued: { type: 'text', nullable: true },
    finalizedAt: { type: 'varchar', length: 30, nullable: true },
    sentDate: date,
    reminderDate: date,
  },
  indices: [
    { name: 'IDX_invoice_instalment', columns: ['instalmentId'] },
    { name: 'IDX_invoice_municipality', columns: ['municipalityId', 'invoiceDate'] },
    { name: 'IDX_invoice_contract', columns: ['contractId'] },
  ],
  checks: [
    { expression: `"kind" IN ('invoice', 'credit')` },
    { expression: `"status" IN ('concept', 'final')` },
    // A final invoice always has a number and a concept never does.
    { expression: `("status" = 'final') = ("number" IS NOT NULL)` },
    { expression: `("kind" = 'credit') = ("creditedInvoiceId" IS NOT NULL)` },
    { expression: `("kind" = 'credit') = ("amountCents" < 0)` },
  ],
});

export const PaymentEntity = new EntitySchema<Payment>({
  name: 'invoice_payment',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    invoiceId: { type: 'integer', foreignKey: { target: 'invoice' } },
    paidOn: { type: 'varchar', length: 10 },
    amountCents: { type: 'integer' },
    createdAt: { type: 'varchar', length: 30 },
  },
  indices: [{ name: 'IDX_payment_invoice', columns: ['invoiceId'] }],
  checks: [{ expression: `"amountCents" > 0` }],
});
