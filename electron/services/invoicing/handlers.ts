import type { AreaHandlers } from '../handler';
import { createContract, getContract, listContracts, previewContract, updateContract } from './contracts';
import { invoicePdf, invoiceReminder, invoiceUblFile } from './files';
import {
  addPayment,
  createFromInstalments,
  creditInvoice,
  deleteConcept,
  dueInstalments,
  finalizeInvoices,
  getInvoice,
  listInvoices,
  markSent,
  removePayment,
  updateConcept,
} from './invoices';
import { getOrganisation, updateOrganisation } from './organisation';
import { invoiceOverview } from './overview';

export const invoicingHandlers = {
  'organisation.get': { run: getOrganisation },
  'organisation.update': { run: updateOrganisation, audits: 'organisation' },
  'contracts.list': { run: listContracts },
  'contracts.get': { run: getContract },
  'contracts.preview': { run: previewContract },
  'contracts.create': { run: createContract, audits: 'contract' },
  'contracts.update': { run: updateContract, audits: 'contract' },
  'instalments.due': { run: dueInstalments },
  'invoices.createFromInstalments': { run: createFromInstalments, audits: 'invoice' },
  'invoices.list': { run: listInvoices },
  'invoices.get': { run: getInvoice },
  'invoices.updateConcept': { run: updateConcept, audits: 'invoice' },
  'invoices.deleteConcept': { run: deleteConcept, audits: 'invoice' },
  'invoices.finalize': { run: finalizeInvoices, audits: 'invoice' },
  'invoices.credit': { run: creditInvoice, audits: 'invoice' },
  'invoices.markSent': { run: markSent, audits: 'invoice' },
  'invoices.addPayment': { run: addPayment, audits: 'invoice' },
  'invoices.removePayment': { run: removePayment, audits: 'invoice' },
  'invoices.pdf': { run: invoicePdf },
  'invoices.reminder': { run: invoiceReminder, audits: 'invoice' },
  'invoices.ubl': { run: invoiceUblFile },
  'invoices.overview': { run: invoiceOverview },
} satisfies AreaHandlers<'organisation.' | 'contracts.' | 'instalments.' | 'invoices.'>;
