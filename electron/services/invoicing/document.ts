import type { EntityManager } from 'typeorm';
import type { InvoiceKind } from '../../../shared/api/invoices';
import type { OrganisationDetails } from '../../../shared/domain/invoicing/organisation';
import { instalmentPeriods, type Period } from '../../../shared/domain/invoicing/period';
import { ContractEntity, InstalmentEntity, type Contract } from '../../db/entities/Contract';
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
  /**
   * What the invoice bills: its instalment's period, and a credit invoice the credited invoice's.
   * Invoices made final before this was kept have none: they stated the contract's period.
   */
  period?: Period;
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
  period: Period;
  purchaseOrderNumber: string | null;
}

export async function invoiceDocument(manager: EntityManager, invoice: Invoice): Promise<InvoiceDocument> {
  const details = invoice.issued
    ? (JSON.parse(invoice.issued) as IssuedDetails)
    : await currentDetails(manager, invoice);
  const { kind, number, invoiceDate, dueDate, description, amountCents, purchaseOrderNumber } = invoice;
  const period = details.period ?? wholeContract(details.contract);
  return { ...details, period, kind, number, invoiceDate, dueDate, description, amountCents, purchaseOrderNumber };
}

/** The details as they stand now: what a concept shows, and what finalising fixes. */
export async function currentDetails(manager: EntityManager, invoice: Invoice): Promise<IssuedDetails> {
  const { createdAt, updatedAt, id, version, logoDataUrl, ...seller } = await loadOrganisation(manager);
  const contract = await manager.findOneByOrFail(ContractEntity, { id: invoice.contractId });
  const credited =
    invoice.creditedInvoiceId === null
      ? null
      : await manager.findOneByOrFail(InvoiceEntity, { id: invoice.creditedInvoiceId });
  const instalment = await instalmentFacts(manager, contract, invoice.instalmentId);
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
    period: (credited && issuedPeriod(credited)) ?? instalment?.period ?? wholeContract(contract),
    paymentTermDays: contract.paymentTermDays,
    instalmentLabel: instalment?.label ?? null,
    credited: credited ? { number: credited.number ?? '', invoiceDate: credited.invoiceDate } : null,
  };
}

/** "2 van 4" and the period the instalment pays for. */
async function instalmentFacts(
  manager: EntityManager,
  contract: Contract,
  instalmentId: number | null,
): Promise<{ label: string; period: Period } | null> {
  if (instalmentId === null) return null;
  const instalments = await manager.find(InstalmentEntity, {
    where: { contractId: contract.id },
    order: { sequence: 'ASC' },
  });
  const index = instalments.findIndex((instalment) => instalment.id === instalmentId);
  if (index === -1) return null;
  return {
    label: `${instalments[index].sequence} van ${instalments.length}`,
    period: instalmentPeriods(
      contract,
      instalments.map((instalment) => instalment.amountCents),
    )[index],
  };
}

/** The period a final invoice stated, so its credit invoice states the same. */
function issuedPeriod(invoice: Invoice): Period | null {
  if (!invoice.issued) return null;
  const issued = JSON.parse(invoice.issued) as IssuedDetails;
  return issued.period ?? wholeContract(issued.contract);
}

function wholeContract({ startDate, endDate }: { startDate: string; endDate: string }): Period {
  return { startDate, endDate };
}
