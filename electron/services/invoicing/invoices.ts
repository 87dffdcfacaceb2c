import type { EntityManager } from 'typeorm';
import type { DueInstalmentDto, InvoiceDto, PaymentState } from '../../../shared/api/invoices';
import { addDays } from '../../../shared/domain/dates';
import { formatDate, formatMoney } from '../../../shared/domain/format';
import { sellerGaps } from '../../../shared/domain/invoicing/organisation';
import { ContractEntity } from '../../db/entities/Contract';
import { InvoiceEntity, PaymentEntity, type Invoice } from '../../db/entities/Invoice';
import { execute, inList, select, selectOne, sql, type Sql } from '../../db/sql';
import { timestamp, currentDate } from '../clock';
import type { ServiceContext } from '../context';
import { DomainError, claimVersion, notFound } from '../errors';
import { currentDetails } from './document';
import { LIVE_INVOICE } from './instalments';
import { nextInvoiceNumber } from './numbers';
import { loadOrganisation } from './organisation';

const INSTALMENT_COLUMNS = sql`"i"."id", "i"."contractId", "i"."sequence", "i"."invoiceDate", "i"."amountCents",
  "c"."description" AS "contractDescription", "m"."name" AS "municipalityName",
  (SELECT COUNT(*) FROM "contract_instalment" "all" WHERE "all"."contractId" = "i"."contractId") AS "count"`;

const NOT_INVOICED = sql`NOT EXISTS (SELECT 1 FROM "invoice" WHERE "invoice"."instalmentId" = "i"."id" AND ${LIVE_INVOICE})`;

/** Instalments whose invoice date has come by `until` and that no invoice bills yet, oldest first. */
export async function dueInstalments(
  { manager }: ServiceContext,
  input: { until: string },
): Promise<DueInstalmentDto[]> {
  const rows = await select<DueRow>(
    manager,
    sql`SELECT ${INSTALMENT_COLUMNS}
    FROM "contract_instalment" "i"
    JOIN "municipality_contract" "c" ON "c"."id" = "i"."contractId"
    JOIN "municipality" "m" ON "m"."id" = "c"."municipalityId"
    WHERE "i"."invoiceDate" <= ${input.until} AND ${NOT_INVOICED}
    ORDER BY "i"."invoiceDate", "m"."name", "i"."sequence"`,
  );
  return rows.map(toDue);
}

interface DueRow {
  id: number;
  contractId: number;
  sequence: number;
  invoiceDate: string;
  amountCents: number;
  contractDescription: string;
  municipalityName: string;
  count: number;
}

function toDue(row: DueRow): DueInstalmentDto {
  const { sequence, count, ...rest } = row;
  return { ...rest, label: `${sequence} van ${count}` };
}

/** One concept invoice per chosen instalment, dated today; refused whole when one is billed already. */
export async function createFromInstalments(
  ctx: ServiceContext,
  input: { instalmentIds: number[] },
): Promise<{ ids: number[] }> {
  const ids = [...new Set(input.instalmentIds)];
  // Locks the chosen instalments first: a colleague invoicing the same ones at the same moment waits,
  // then finds them invoiced below instead of billing them a second time.
  await execute(ctx.manager, sql`UPDATE "contract_instalment" SET "id" = "id" WHERE "id" ${inList(ids)}`);
  const rows = await select<
    DueRow & {
      invoiced: number | boolean;
      paymentTermDays: number;
      municipalityId: number;
      purchaseOrderNumber: string | null;
    }
  >(
    ctx.manager,
    sql`SELECT ${INSTALMENT_COLUMNS}, NOT ${NOT_INVOICED} AS "invoiced",
        "c"."paymentTermDays", "c"."municipalityId", "c"."purchaseOrderNumber"
      FROM "contract_instalment" "i"
      JOIN "municipality_contract" "c" ON "c"."id" = "i"."contractId"
      JOIN "municipality" "m" ON "m"."id" = "c"."municipalityId"
      WHERE "i"."id" ${inList(ids)}`,
  );
  if (rows.length !== ids.length) throw notFound('Een van de gekozen termijnen');
  const billed = rows.find((row) => row.invoiced);
  if (billed) {
    throw new DomainError(
      'CONFLICT',
      `Termijn ${billed.sequence} van ${billed.count} van ${billed.municipalityName} is al gefactureerd. Vernieuw de lijst.`,
    );
  }
  const now = timestamp(ctx.clock);
  const invoiceDate = currentDate(ctx.clock);
  const created: number[] = [];
  for (const row of rows.sort((a, b) => a.invoiceDate.localeCompare(b.invoiceDate) || a.id - b.id)) {
    const saved = await ctx.manager.save(InvoiceEntity, {
      kind: 'invoice',
      status: 'concept',
      number: null,
      contractId: row.contractId,
      municipalityId: row.municipalityId,
      instalmentId: row.id,
      creditedInvoiceId: null,
      invoiceDate,
      dueDate: addDays(invoiceDate, row.paymentTermDays),
      description: `Bijdrage Buurtgezinnen ${row.municipalityName}, termijn ${row.sequence} van ${row.count}`.slice(
        0,
        300,
      ),
      purchaseOrderNumber: row.purchaseOrderNumber,
      amountCents: row.amountCents,
      issued: null,
      finalizedAt: null,
      sentDate: null,
      reminderDate: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    created.push(saved.id);
  }
  return { ids: created };
}

export async function updateConcept(
  ctx: ServiceContext,
  input: { id: number; version: number; invoiceDate: string; description: string; purchaseOrderNumber?: string | null },
): Promise<InvoiceDto> {
  const invoice = await findConcept(ctx.manager, input.id);
  await claimVersion(ctx, InvoiceEntity, invoice, input.version);
  const contract = await ctx.manager.findOneByOrFail(ContractEntity, { id: invoice.contractId });
  Object.assign(invoice, {
    invoiceDate: input.invoiceDate,
    dueDate: invoice.kind === 'credit' ? input.invoiceDate : addDays(input.invoiceDate, contract.paymentTermDays),
    description: input.description,
    purchaseOrderNumber:
      input.purchaseOrderNumber === undefined ? invoice.purchaseOrderNumber : input.purchaseOrderNumber,
    updatedAt: timestamp(ctx.clock),
  });
  await ctx.manager.save(InvoiceEntity, invoice);
  return getInvoice(ctx, { id: invoice.id });
}

export async function deleteConcept(
  ctx: ServiceContext,
  input: { id: number; version: number },
): Promise<{ id: number }> {
  const invoice = await findConcept(ctx.manager, input.id);
  await claimVersion(ctx, InvoiceEntity, invoice, input.version);
  await ctx.manager.delete(InvoiceEntity, invoice.id);
  return { id: input.id };
}

/**
 * Makes concepts final in date order: each takes the next number of its year's sequence inside this
 * transaction, and the seller's and buyer's details are fixed as printed.
 */
export async function finalizeInvoices(ctx: ServiceContext, input: { ids: number[] }): Promise<{ ids: number[] }> {
  const gaps = sellerGaps(await loadOrganisation(ctx.manager));
  if (gaps.length > 0) {
    throw new DomainError(
      'VALIDATION',
      `Vul eerst de gegevens van de stichting aan bij Instellingen → Stichting: ${gaps.map((g) => g.message.replace(/\.$/, '').toLowerCase()).join(', ')}.`,
    );
  }
  const invoices = [];
  for (const id of new Set(input.ids)) invoices.push(await findConcept(ctx.manager, id));
  invoices.sort((a, b) => a.invoiceDate.localeCompare(b.invoiceDate) || a.id - b.id);
  for (const invoice of invoices) {
    if (invoice.creditedInvoiceId !== null) await assertFinal(ctx.manager, invoice.creditedInvoiceId);
    await claimConcept(ctx.manager, invoice);
    Object.assign(invoice, {
      status: 'final',
      number: await nextInvoiceNumber(ctx.manager, Number(invoice.invoiceDate.slice(0, 4))),
      issued: JSON.stringify(await currentDetails(ctx.manager, invoice)),
      finalizedAt: timestamp(ctx.clock),
      updatedAt: timestamp(ctx.clock),
      version: invoice.version + 1,
    });
    await ctx.manager.save(InvoiceEntity, invoice);
  }
  return { ids: invoices.map((invoice) => invoice.id) };
}

/** A concept credit invoice for the whole of a final invoice: the way to correct one. */
export async function creditInvoice(
  ctx: ServiceContext,
  input: { id: number; version: number; reason: string | null },
): Promise<InvoiceDto> {
  const original = await findInvoice(ctx.manager, input.id);
  if (original.kind === 'credit') throw new DomainError('FORBIDDEN', 'Een creditfactuur kunt u niet crediteren.');
  if (original.status !== 'final') {
    throw new DomainError('FORBIDDEN', 'Een conceptfactuur hoeft u niet te crediteren: wijzig of verwijder haar.');
  }
  if (await ctx.manager.existsBy(InvoiceEntity, { creditedInvoiceId: original.id })) {
    throw new DomainError('CONFLICT', `Voor factuur ${original.number} bestaat al een creditfactuur.`);
  }
  const paid = await paidCents(ctx.manager, original.id);
  if (paid > 0) {
    throw new DomainError(
      'FORBIDDEN',
      `Op factuur ${original.number} is al ${formatMoney(paid)} betaald; verwijder eerst de betaling of verreken haar met de gemeente.`,
    );
  }
  // After the checks above: a second credit says that one exists, not that the copy is old.
  await claimVersion(ctx, InvoiceEntity, original, input.version);
  const now = timestamp(ctx.clock);
  const date = currentDate(ctx.clock);
  const saved = await ctx.manager.save(InvoiceEntity, {
    kind: 'credit',
    status: 'concept',
    number: null,
    contractId: original.contractId,
    municipalityId: original.municipalityId,
    instalmentId: original.instalmentId,
    creditedInvoiceId: original.id,
    invoiceDate: date,
    dueDate: date,
    description: `Creditering van factuur ${original.number}${input.reason ? `: ${input.reason}` : ''}`.slice(0, 300),
    purchaseOrderNumber: original.purchaseOrderNumber,
    amountCents: -original.amountCents,
    issued: null,
    finalizedAt: null,
    sentDate: null,
    reminderDate: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  });
  return getInvoice(ctx, { id: saved.id });
}

export async function markSent(
  ctx: ServiceContext,
  input: { id: number; version: number; sentDate: string },
): Promise<InvoiceDto> {
  const invoice = await findFinal(ctx.manager, input.id, 'verzonden');
  await claimVersion(ctx, InvoiceEntity, invoice, input.version);
  await ctx.manager.save(InvoiceEntity, { ...invoice, sentDate: input.sentDate, updatedAt: timestamp(ctx.clock) });
  return getInvoice(ctx, { id: invoice.id });
}

export async function addPayment(
  ctx: ServiceContext,
  input: { id: number; version: number; paidOn: string; amountCents: number },
): Promise<InvoiceDto> {
  const invoice = await findFinal(ctx.manager, input.id, 'als betaald gemarkeerd');
  if (invoice.kind === 'credit') throw new DomainError('FORBIDDEN', 'Op een creditfactuur wordt niet betaald.');
  await claimVersion(ctx, InvoiceEntity, invoice, input.version);
  const open = invoice.amountCents - (await paidCents(ctx.manager, invoice.id));
  if (input.amountCents > open) {
    throw new DomainError('VALIDATION', `Er staat nog ${formatMoney(open)} open.`, [
      { path: 'amountCents', message: `Het bedrag is hoger dan wat nog openstaat (${formatMoney(open)}).` },
    ]);
  }
  await ctx.manager.insert(PaymentEntity, {
    invoiceId: invoice.id,
    paidOn: input.paidOn,
    amountCents: input.amountCents,
    createdAt: timestamp(ctx.clock),
  });
  await ctx.manager.save(InvoiceEntity, { ...invoice, updatedAt: timestamp(ctx.clock) });
  return getInvoice(ctx, { id: invoice.id });
}

export async function removePayment(
  ctx: ServiceContext,
  input: { id: number; version: number; paymentId: number },
): Promise<InvoiceDto> {
  const invoice = await findInvoice(ctx.manager, input.id);
  await claimVersion(ctx, InvoiceEntity, invoice, input.version);
  const { affected } = await ctx.manager.delete(PaymentEntity, { id: input.paymentId, invoiceId: invoice.id });
  if (!affected) throw notFound('Deze betaling');
  await ctx.manager.save(InvoiceEntity, { ...invoice, updatedAt: timestamp(ctx.clock) });
  return getInvoice(ctx, { id: invoice.id });
}

export async function listInvoices(ctx: ServiceContext, input: { year: number | null }): Promise<InvoiceDto[]> {
  const where = input.year === null ? sql`1 = 1` : sql`"invoice"."invoiceDate" LIKE ${`${input.year}-%`}`;
  return queryInvoices(ctx, where);
}

export async function getInvoice(ctx: ServiceContext, input: { id: number }): Promise<InvoiceDto> {
  const [invoice] = await queryInvoices(ctx, sql`"invoice"."id" = ${input.id}`);
  if (!invoice) throw notFound('Deze factuur');
  return invoice;
}

async function queryInvoices(ctx: ServiceContext, where: Sql): Promise<InvoiceDto[]> {
  const rows = await select<InvoiceRow>(
    ctx.manager,
    sql`SELECT "invoice".*, "c"."description" AS "contractDescription", "m"."name" AS "municipalityName",
      "i"."sequence" AS "instalmentSequence",
      (SELECT COUNT(*) FROM "contract_instalment" "all" WHERE "all"."contractId" = "invoice"."contractId") AS "instalmentCount",
      "original"."number" AS "creditedNumber",
      "credit"."id" AS "creditId", "credit"."number" AS "creditNumber", "credit"."status" AS "creditStatus"
    FROM "invoice"
    JOIN "municipality_contract" "c" ON "c"."id" = "invoice"."contractId"
    JOIN "municipality" "m" ON "m"."id" = "invoice"."municipalityId"
    LEFT JOIN "contract_instalment" "i" ON "i"."id" = "invoice"."instalmentId"
    LEFT JOIN "invoice" "original" ON "original"."id" = "invoice"."creditedInvoiceId"
    LEFT JOIN "invoice" "credit" ON "credit"."creditedInvoiceId" = "invoice"."id"
    WHERE ${where}
    ORDER BY "invoice"."invoiceDate" DESC, "invoice"."id" DESC`,
  );
  const payments = await paymentsOf(
    ctx.manager,
    rows.map((row) => row.id),
  );
  const on = currentDate(ctx.clock);
  return rows.map((row) => toInvoiceDto(row, payments.get(row.id) ?? [], on));
}

interface InvoiceRow extends Invoice {
  contractDescription: string;
  municipalityName: string;
  instalmentSequence: number | null;
  instalmentCount: number;
  creditedNumber: string | null;
  creditId: number | null;
  creditNumber: string | null;
  creditStatus: 'concept' | 'final' | null;
}

function toInvoiceDto(
  row: InvoiceRow,
  payments: { id: number; paidOn: string; amountCents: number }[],
  on: string,
): InvoiceDto {
  const paid = payments.reduce((sum, p) => sum + p.amountCents, 0);
  const state = paymentState(row, paid, on);
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    number: row.number,
    contractId: row.contractId,
    contractDescription: row.contractDescription,
    municipalityId: row.municipalityId,
    municipalityName: row.municipalityName,
    instalmentLabel:
      row.instalmentSequence === null || row.kind === 'credit'
        ? null
        : `${row.instalmentSequence} van ${row.instalmentCount}`,
    creditedInvoice: row.creditedInvoiceId === null ? null : { id: row.creditedInvoiceId, number: row.creditedNumber },
    creditInvoice:
      row.creditId === null ? null : { id: row.creditId, number: row.creditNumber, status: row.creditStatus! },
    invoiceDate: row.invoiceDate,
    dueDate: row.dueDate,
    description: row.description,
    purchaseOrderNumber: row.purchaseOrderNumber,
    amountCents: row.amountCents,
    paidCents: paid,
    openCents: ['open', 'partly-paid', 'overdue'].includes(state) ? row.amountCents - paid : 0,
    paymentState: state,
    sentDate: row.sentDate,
    reminderDate: row.reminderDate,
    payments,
    version: row.version,
  };
}

function paymentState(
  row: Pick<InvoiceRow, 'status' | 'kind' | 'amountCents' | 'dueDate' | 'creditStatus'>,
  paid: number,
  on: string,
): PaymentState {
  if (row.status === 'concept') return 'concept';
  if (row.kind === 'credit') return 'credit';
  if (row.creditStatus === 'final') return 'credited';
  if (paid >= row.amountCents) return 'paid';
  if (row.dueDate < on) return 'overdue';
  return paid > 0 ? 'partly-paid' : 'open';
}

async function paymentsOf(manager: EntityManager, invoiceIds: number[]) {
  const byInvoice = new Map<number, { id: number; paidOn: string; amountCents: number }[]>();
  for (let start = 0; start < invoiceIds.length; start += 500) {
    const chunk = invoiceIds.slice(start, start + 500);
    const rows = await select<{ id: number; invoiceId: number; paidOn: string; amountCents: number }>(
      manager,
      sql`SELECT "id", "invoiceId", "paidOn", "amountCents" FROM "invoice_payment"
      WHERE "invoiceId" ${inList(chunk)} ORDER BY "paidOn", "id"`,
    );
    for (const { invoiceId, ...payment } of rows)
      byInvoice.set(invoiceId, [...(byInvoice.get(invoiceId) ?? []), payment]);
  }
  return byInvoice;
}

async function paidCents(manager: EntityManager, invoiceId: number): Promise<number> {
  const row = await selectOne<{ paid: number }>(
    manager,
    sql`SELECT COALESCE(SUM("amountCents"), 0) AS "paid" FROM "invoice_payment" WHERE "invoiceId" = ${invoiceId}`,
  );
  return row?.paid ?? 0;
}

export async function findInvoice(manager: EntityManager, id: number): Promise<Invoice> {
  const invoice = await manager.findOneBy(InvoiceEntity, { id });
  if (!invoice) throw notFound('Deze factuur');
  return invoice;
}

/** A final invoice is never changed or deleted; the refusal says what to do instead. */
/**
 * Takes the concept for this finalisation before its number is taken: a colleague finalising the
 * same invoice at the same moment waits for this row, then finds it final and is refused, so no
 * number is taken twice for one invoice or lost.
 */
async function claimConcept(manager: EntityManager, invoice: Invoice): Promise<void> {
  const claimed = await execute(
    manager,
    sql`UPDATE "invoice" SET "version" = "version" + 1
      WHERE "id" = ${invoice.id} AND "status" = 'concept' AND "version" = ${invoice.version}`,
  );
  if (claimed !== 1) {
    throw new DomainError(
      'STALE',
      'Een collega heeft deze factuur intussen definitief gemaakt of gewijzigd; er is niets definitief gemaakt. Vernieuw de lijst.',
    );
  }
}

async function findConcept(manager: EntityManager, id: number): Promise<Invoice> {
  const invoice = await findInvoice(manager, id);
  if (invoice.status === 'final') {
    throw new DomainError(
      'FORBIDDEN',
      `Factuur ${invoice.number} is definitief en kan niet meer worden gewijzigd of verwijderd. Maak een creditfactuur om haar te corrigeren, en daarna zo nodig een nieuwe factuur.`,
    );
  }
  return invoice;
}

async function findFinal(manager: EntityManager, id: number, action: string): Promise<Invoice> {
  const invoice = await findInvoice(manager, id);
  if (invoice.status !== 'final')
    throw new DomainError('FORBIDDEN', `Maak de factuur eerst definitief; een concept kan niet worden ${action}.`);
  return invoice;
}

async function assertFinal(manager: EntityManager, id: number): Promise<void> {
  const original = await findInvoice(manager, id);
  if (original.status !== 'final')
    throw new DomainError('FORBIDDEN', 'De factuur die wordt gecrediteerd is nog een concept.');
}

/** For the audit trail; a deleted concept reads as nothing. */
export async function invoiceAuditView(ctx: ServiceContext, id: number): Promise<object> {
  if (!(await ctx.manager.existsBy(InvoiceEntity, { id }))) return {};
  const { payments, creditedInvoice, creditInvoice, ...invoice } = await getInvoice(ctx, { id });
  return {
    ...invoice,
    payments: payments.map((p) => `${formatDate(p.paidOn)} ${formatMoney(p.amountCents)}`).join('; '),
    creditInvoice: creditInvoice ? (creditInvoice.number ?? 'concept') : null,
  };
}
