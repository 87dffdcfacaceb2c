import type { DataSource } from 'typeorm';
import { InvoiceEntity } from '../../electron/db/entities/Invoice';
import { select, sql } from '../../electron/db/sql';
import type { Dispatch } from '../../electron/main/ipc/dispatch';
import { invoiceDocument } from '../../electron/services/invoicing/document';
import { renderInvoicePdf } from '../../electron/services/invoicing/invoice-pdf';
import type { ContractDto } from '../../shared/api/contracts';
import { planInstalments } from '../../shared/domain/invoicing/schedule';
import { measure, type Measurement } from './harness';
import { size } from './size';

async function ok(dispatch: Dispatch, name: string, input: unknown) {
  const response = await dispatch(name, input);
  if (!response.ok) throw new Error(`${name}: ${response.error.message}`);
  return response.data;
}

export interface InvoicingBench {
  rows: Measurement[];
  contracts: number;
  instalments: number;
  invoices: number;
  pdfs: { count: number; seconds: number; floorSeconds: number };
}

/**
 * On the demo data (a five-year contract for each of 71 municipalities, every past instalment
 * invoiced): the "Te factureren" question, the schedules computed, and 100 invoice PDFs.
 */
export async function benchInvoicing(dataSource: DataSource, dispatch: Dispatch): Promise<InvoicingBench> {
  const runs = size.runs(200);
  const listRuns = size.runs(50);
  const until = '2027-12-31';
  const due = await measure(runs, () => ok(dispatch, 'instalments.due', { until }));
  const dueFloor = await measure(runs, () =>
    select(
      dataSource.manager,
      sql`SELECT "i"."id", "i"."invoiceDate", "i"."amountCents" FROM "contract_instalment" "i"
      WHERE "i"."invoiceDate" <= ${until}
        AND NOT EXISTS (SELECT 1 FROM "invoice" "v" WHERE "v"."instalmentId" = "i"."id" AND "v"."kind" = 'invoice')`,
    ),
  );
  const contracts = (await ok(dispatch, 'contracts.list', { municipalityId: null })) as ContractDto[];
  const schedule = (c: ContractDto) =>
    c.scheduleTemplate === 'equal-per-year'
      ? { template: 'equal-per-year' as const, partsPerYear: c.partsPerYear ?? 1 }
      : { template: c.scheduleTemplate as 'jan-jul' | 'apr-sep' };
  const plan = await measure(runs, () => Promise.resolve(contracts.map((c) => planInstalments(c, schedule(c)))));
  const list = await measure(listRuns, () => ok(dispatch, 'contracts.list', { municipalityId: null }));
  const invoices = await measure(listRuns, () => ok(dispatch, 'invoices.list', { year: null }));
  const invoicesFloor = await measure(listRuns, () =>
    select(dataSource.manager, sql`SELECT * FROM "invoice" ORDER BY "invoiceDate" DESC, "id" DESC`),
  );

  const ids = (
    await select<{ id: number }>(
      dataSource.manager,
      sql`SELECT "id" FROM "invoice" WHERE "status" = 'final' ORDER BY "id" LIMIT ${size.pdfs}`,
    )
  ).map((r) => r.id);
  let start = performance.now();
  for (const id of ids) await ok(dispatch, 'invoices.pdf', { id });
  const seconds = (performance.now() - start) / 1000;
  const documents = [];
  for (const id of ids)
    documents.push(
      await invoiceDocument(dataSource.manager, await dataSource.manager.findOneByOrFail(InvoiceEntity, { id })),
    );
  start = performance.now();
  for (const document of documents) await renderInvoicePdf(document, null);
  const floorSeconds = (performance.now() - start) / 1000;

  const [{ instalments }] = await select<{ instalments: number }>(
    dataSource.manager,
    sql`SELECT COUNT(*) AS "instalments" FROM "contract_instalment"`,
  );
  const [{ count }] = await select<{ count: number }>(
    dataSource.manager,
    sql`SELECT COUNT(*) AS "count" FROM "invoice"`,
  );
  return {
    rows: [
      { name: `instalments.due up to ${until} (all contracts)`, runs, ...due, floor: dueFloor },
      { name: `planInstalments for ${contracts.length} five-year contracts (pure computation)`, runs, ...plan },
      { name: 'contracts.list with instalments and invoice state', runs: listRuns, ...list },
      { name: 'invoices.list, all years, with payments and state', runs: listRuns, ...invoices, floor: invoicesFloor },
    ],
    contracts: contracts.length,
    instalments: Number(instalments),
    invoices: Number(count),
    pdfs: { count: ids.length, seconds, floorSeconds },
  };
}
