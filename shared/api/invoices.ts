import { z } from 'zod';
import { FINANCE } from './access';
import { isoDate } from './dates';
import { id, optionalText, requiredText, version } from './fields';
import { operation } from './operation';

export type InvoiceKind = 'invoice' | 'credit';
export type InvoiceStatus = 'concept' | 'final';

export const INVOICE_KIND_LABELS: Record<InvoiceKind, string> = { invoice: 'Factuur', credit: 'Creditfactuur' };
export const INVOICE_STATUS_LABELS: Record<InvoiceStatus, string> = { concept: 'Concept', final: 'Definitief' };

/** Where an invoice stands for the user; derived from its status, payments, credit and due date. */
export type PaymentState = 'concept' | 'open' | 'partly-paid' | 'paid' | 'overdue' | 'credited' | 'credit';

export const PAYMENT_STATE_LABELS: Record<PaymentState, string> = {
  concept: 'Concept',
  open: 'Openstaand',
  'partly-paid': 'Deels betaald',
  paid: 'Betaald',
  overdue: 'Te laat',
  credited: 'Gecrediteerd',
  credit: 'Creditfactuur',
};

interface PaymentDto {
  id: number;
  paidOn: string;
  amountCents: number;
}

export interface InvoiceDto {
  id: number;
  kind: InvoiceKind;
  status: InvoiceStatus;
  number: string | null;
  contractId: number;
  contractDescription: string;
  municipalityId: number;
  municipalityName: string;
  /** "2 van 4" for an instalment's invoice. */
  instalmentLabel: string | null;
  creditedInvoice: { id: number; number: string | null } | null;
  creditInvoice: { id: number; number: string | null; status: InvoiceStatus } | null;
  invoiceDate: string;
  dueDate: string;
  description: string;
  /** The municipality's purchase order (cac:OrderReference), from the contract; editable on a concept. */
  purchaseOrderNumber: string | null;
  amountCents: number;
  paidCents: number;
  openCents: number;
  paymentState: PaymentState;
  sentDate: string | null;
  reminderDate: string | null;
  payments: PaymentDto[];
  version: number;
}

export interface DueInstalmentDto {
  id: number;
  contractId: number;
  contractDescription: string;
  municipalityName: string;
  /** "2 van 4". */
  label: string;
  invoiceDate: string;
  amountCents: number;
}

export interface OverviewRowDto {
  municipalityId: number;
  municipalityName: string;
  invoiceCount: number;
  invoicedCents: number;
  paidCents: number;
  openCents: number;
  overdueCents: number;
}

export interface FileDto {
  fileName: string;
  /** PDF as base64; XML as text. */
  content: string;
}

const versioned = z.object({ id, version });
const amount = (label: string) =>
  z
    .number({ error: `Vul ${label} in.` })
    .int({ error: 'Vul een bedrag in hele centen in.' })
    .min(1, { error: 'Het bedrag moet groter zijn dan € 0,00.' })
    .max(1_000_000_000, { error: 'Dit bedrag is te hoog.' });

/** A payment as the invoice's form books it. */
export const paymentFields = z.object({ paidOn: isoDate('Betaald op'), amountCents: amount('het betaalde bedrag') });

/** "Alle selecteren" in Te factureren and Facturen: every instalment of a year of all contracts and more. */
export const MAX_INVOICES_AT_ONCE = 5000;

export const invoiceOperations = {
  'instalments.due': operation<DueInstalmentDto[]>()(z.object({ until: isoDate('Tot en met') }), {
    roles: FINANCE,
    reads: ['instalment', 'contract', 'invoice'],
  }),
  'invoices.createFromInstalments': operation<{ ids: number[] }>()(
    z.object({
      instalmentIds: z.array(id).min(1, { error: 'Kies minstens één termijn.' }).max(MAX_INVOICES_AT_ONCE),
    }),
    { roles: FINANCE, changes: ['invoice', 'instalment'] },
  ),
  'invoices.list': operation<InvoiceDto[]>()(z.object({ year: z.number().int().min(2000).max(2100).nullable() }), {
    roles: FINANCE,
    reads: ['invoice', 'municipality'],
  }),
  'invoices.get': operation<InvoiceDto>()(z.object({ id }), {
    roles: FINANCE,
    reads: ['invoice', 'municipality', 'organisation'],
  }),
  'invoices.updateConcept': operation<InvoiceDto>()(
    versioned.extend({
      invoiceDate: isoDate('Factuurdatum'),
      description: requiredText('Omschrijving', 300, { multiline: true }),
      // Left out, the concept keeps the number it has.
      purchaseOrderNumber: optionalText('Inkoopordernummer', 50).optional(),
    }),
    { roles: FINANCE, changes: ['invoice'] },
  ),
  'invoices.deleteConcept': operation<{ id: number }>()(versioned, {
    roles: FINANCE,
    changes: ['invoice', 'instalment'],
  }),
  'invoices.finalize': operation<{ ids: number[] }>()(
    z.object({ ids: z.array(id).min(1, { error: 'Kies minstens één factuur.' }).max(MAX_INVOICES_AT_ONCE) }),
    { roles: FINANCE, changes: ['invoice', 'instalment', 'contract'] },
  ),
  'invoices.credit': operation<InvoiceDto>()(versioned.extend({ reason: optionalText('Reden', 200) }), {
    roles: FINANCE,
    changes: ['invoice', 'instalment'],
  }),
  'invoices.markSent': operation<InvoiceDto>()(versioned.extend({ sentDate: isoDate('Verzonden op') }), {
    roles: FINANCE,
    changes: ['invoice'],
  }),
  'invoices.addPayment': operation<InvoiceDto>()(versioned.extend(paymentFields.shape), {
    roles: FINANCE,
    changes: ['invoice'],
  }),
  'invoices.removePayment': operation<InvoiceDto>()(versioned.extend({ paymentId: id }), {
    roles: FINANCE,
    changes: ['invoice'],
  }),
  'invoices.pdf': operation<FileDto>()(z.object({ id }), { roles: FINANCE, reads: ['invoice'] }),
  'invoices.reminder': operation<FileDto>()(versioned, { roles: FINANCE, changes: ['invoice'] }),
  'invoices.ubl': operation<FileDto>()(z.object({ id }), { roles: FINANCE, reads: ['invoice'] }),
  'invoices.overview': operation<OverviewRowDto[]>()(z.object({ year: z.number().int().min(2000).max(2100) }), {
    roles: FINANCE,
    reads: ['invoice', 'contract', 'municipality'],
  }),
};
