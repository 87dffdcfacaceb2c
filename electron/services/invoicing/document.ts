import type { EntityManager } from 'typeorm';
import type { InvoiceKind } from '../../../shared/api/invoices';
import type { OrganisationDetails } from '../../../shared/domain/invoicing/organisation';
import { ContractEntity, InstalmentEntity } from '../../db/entities/Contract';
import { InvoiceEntity, type Invoice } from '../../db/entities/Invoice';
import { loadOrganisation } from './organisation';

/** Everything printed on an invoice besides its own fields; fixed when the invoice becomes final. */
export interface IssuedDetails {
  seller: OrganisationDetails;
  buyer: {
    name: string;
    department: string | null;
    contact: string | null;
    street: string;
    postcode: string;
    city: string;
    email: string | null;
    reference: string | null;
    oin: string | null;
    kvk: string | null;
  };
  contract: { description: string; startDate: string; endDate: string };
  paymentTermDays: number;
  /** "2 van 4". */
  instalmentLabel: string | null;
  credited: { number: string; invoiceDate: string } | null;
}

export interface InvoiceDocument extends IssuedDetails {
  kind: InvoiceKind;
  /** Null for a concept: it prints as "CONCEPT". */
  number: string | null;
  invoiceDate: string;
  dueDate: string;
  description: string;
  amountCents: number;
}

export async function invoiceDocument(manager: EntityManager, invoice: Invoice): Promise<InvoiceDocument> {
  const details = invoice.issued
    ? (JSON.parse(invoice.issued) as IssuedDetails)
    : await currentDetails(manager, invoice);
  const { kind, number, invoiceDate, dueDate, description, amountCents } = invoice;
  return { ...details, kind, number, invoiceDate, dueDate, description, amountCents };
}

/** The details as they stand now: what a concept shows, and what finalising fixes. */
export async function currentDetails(manager: EntityManager, invoice: Invoice): Promise<IssuedDetails> {
  const { createdAt, updatedAt, id, version, logoDataUrl, ...seller } = await loadOrganisation(manager);
  const contract = await manager.findOneByOrFail(ContractEntity, { id: invoice.contractId });
  const credited =
    invoice.creditedInvoiceId === null
      ? null
      : await manager.findOneByOrFail(InvoiceEntity, { id: invoice.creditedInvoiceId });
  return {
    seller,
    buyer: {
      name: contract.billingName,
      department: contract.billingDepartment,
      contact: contract.billingContact,
      street: contract.billingStreet,
      postcode: contract.billingPostcode,
      city: contract.billingCity,
      email: contract.billingEmail,
      reference: contract.buyerReference,
      oin: contract.buyerOin,
      kvk: contract.buyerKvk,
    },
    contract: { description: contract.description, startDate: contract.startDate, endDate: contract.endDate },
    paymentTermDays: contract.paymentTermDays,
    instalmentLabel: await instalmentLabel(manager, invoice.instalmentId),
    credited: credited ? { number: credited.number ?? '', invoiceDate: credited.invoiceDate } : null,
  };
}

async function instalmentLabel(manager: EntityManager, instalmentId: number | null): Promise<string | null> {
  if (instalmentId === null) return null;
  const instalment = await manager.findOneBy(InstalmentEntity, { id: instalmentId });
  if (!instalment) return null;
  const count = await manager.countBy(InstalmentEntity, { contractId: instalment.contractId });
  return `${instalment.sequence} van ${count}`;
}
