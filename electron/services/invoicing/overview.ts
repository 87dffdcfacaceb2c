import type { OverviewRowDto } from '../../../shared/api/invoices';
import type { ServiceContext } from '../context';
import { listInvoices } from './invoices';

/** Per municipality for one year of invoice dates: what was invoiced (net of credits), paid and open. */
export async function invoiceOverview(ctx: ServiceContext, input: { year: number }): Promise<OverviewRowDto[]> {
  const rows = new Map<number, OverviewRowDto>();
  for (const invoice of await listInvoices(ctx, { year: input.year })) {
    if (invoice.status !== 'final') continue;
    const row = rows.get(invoice.municipalityId) ?? {
      municipalityId: invoice.municipalityId,
      municipalityName: invoice.municipalityName,
      invoiceCount: 0,
      invoicedCents: 0,
      paidCents: 0,
      openCents: 0,
      overdueCents: 0,
    };
    row.invoiceCount += invoice.kind === 'invoice' ? 1 : 0;
    row.invoicedCents += invoice.amountCents;
    row.paidCents += invoice.paidCents;
    row.openCents += invoice.openCents;
    if (invoice.paymentState === 'overdue') row.overdueCents += invoice.openCents;
    rows.set(invoice.municipalityId, row);
  }
  return [...rows.values()].sort((a, b) => a.municipalityName.localeCompare(b.municipalityName, 'nl'));
}
