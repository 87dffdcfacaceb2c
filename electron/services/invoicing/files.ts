import type { FileDto } from '../../../shared/api/invoices';
import { InvoiceEntity } from '../../db/entities/Invoice';
import { currentDate, timestamp } from '../clock';
import type { ServiceContext } from '../context';
import { DomainError, claimVersion } from '../errors';
import { invoiceDocument } from './document';
import { renderInvoicePdf, renderReminderPdf } from './invoice-pdf';
import { findInvoice, getInvoice } from './invoices';
import { loadOrganisation } from './organisation';
import { invoiceUbl, ublFileName } from './ubl';

export async function invoicePdf(ctx: ServiceContext, input: { id: number }): Promise<FileDto> {
  const invoice = await findInvoice(ctx.manager, input.id);
  const document = await invoiceDocument(ctx.manager, invoice);
  const pdf = await renderInvoicePdf(document, (await loadOrganisation(ctx.manager)).logoDataUrl);
  const name = invoice.number ?? `concept-${invoice.id}`;
  return {
    fileName: `${invoice.kind === 'credit' ? 'creditfactuur' : 'factuur'}-${name}.pdf`,
    content: pdf.toString('base64'),
  };
}

/** The reminder letter for an overdue invoice; the date it was made is kept on the invoice. */
export async function invoiceReminder(ctx: ServiceContext, input: { id: number; version: number }): Promise<FileDto> {
  const view = await getInvoice(ctx, input);
  if (view.paymentState !== 'overdue') {
    throw new DomainError(
      'FORBIDDEN',
      'Een herinnering kan alleen voor een factuur waarvan de betaaltermijn is verstreken en die nog openstaat.',
    );
  }
  const invoice = await findInvoice(ctx.manager, input.id);
  await claimVersion(ctx, InvoiceEntity, invoice, input.version);
  const date = currentDate(ctx.clock);
  await ctx.manager.save(InvoiceEntity, { ...invoice, reminderDate: date, updatedAt: timestamp(ctx.clock) });
  const document = await invoiceDocument(ctx.manager, invoice);
  const pdf = await renderReminderPdf(document, (await loadOrganisation(ctx.manager)).logoDataUrl, {
    date,
    paidCents: view.paidCents,
  });
  return { fileName: `herinnering-${invoice.number}.pdf`, content: pdf.toString('base64') };
}

export async function invoiceUblFile(ctx: ServiceContext, input: { id: number }): Promise<FileDto> {
  const invoice = await findInvoice(ctx.manager, input.id);
  if (invoice.status !== 'final')
    throw new DomainError('FORBIDDEN', 'Maak de factuur eerst definitief; een concept heeft nog geen e-factuur.');
  const document = await invoiceDocument(ctx.manager, invoice);
  return { fileName: ublFileName(document), content: invoiceUbl(document) };
}
