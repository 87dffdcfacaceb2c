import type { EntityManager } from 'typeorm';
import type { InstalmentDto } from '../../../shared/api/contracts';
import type { ScheduledInstalment } from '../../../shared/domain/invoicing/replan';
import { InstalmentEntity } from '../../db/entities/Contract';
import { execute, inList, select, sql } from '../../db/sql';

/**
 * An invoice bills its instalment until a final credit invoice cancels it; a concept counts too,
 * so nobody invoices the same instalment twice.
 */
export const LIVE_INVOICE = sql`"invoice"."kind" = 'invoice' AND NOT EXISTS (
  SELECT 1 FROM "invoice" "credit" WHERE "credit"."creditedInvoiceId" = "invoice"."id" AND "credit"."status" = 'final')`;

export interface StoredInstalment extends InstalmentDto {
  id: number;
}

export async function loadInstalments(
  manager: EntityManager,
  contractIds: number[],
): Promise<Map<number, StoredInstalment[]>> {
  const byContract = new Map<number, StoredInstalment[]>(contractIds.map((id) => [id, []]));
  if (contractIds.length === 0) return byContract;
  const rows = await select<
    StoredInstalment & {
      contractId: number;
      invoiceId: number | null;
      invoiceNumber: string | null;
      invoiceStatus: 'concept' | 'final' | null;
    }
  >(
    manager,
    sql`SELECT "i"."id", "i"."contractId", "i"."sequence", "i"."invoiceDate", "i"."shareBasisPoints", "i"."amountCents",
        "invoice"."id" AS "invoiceId", "invoice"."number" AS "invoiceNumber", "invoice"."status" AS "invoiceStatus"
      FROM "contract_instalment" "i"
      LEFT JOIN "invoice" ON "invoice"."instalmentId" = "i"."id" AND ${LIVE_INVOICE}
      WHERE "i"."contractId" ${inList(contractIds)}
      ORDER BY "i"."contractId", "i"."sequence"`,
  );
  for (const { contractId, invoiceId, invoiceNumber, invoiceStatus, ...instalment } of rows) {
    byContract.get(contractId)!.push({
      ...instalment,
      invoice: invoiceId === null ? null : { id: invoiceId, number: invoiceNumber, status: invoiceStatus! },
    });
  }
  return byContract;
}

export function toScheduled(instalments: InstalmentDto[]): ScheduledInstalment[] {
  return instalments.map(({ sequence, invoiceDate, shareBasisPoints, amountCents, invoice }) => ({
    sequence,
    invoiceDate,
    shareBasisPoints,
    amountCents,
    locked: invoice !== null,
  }));
}

/**
 * Stores a new schedule: invoiced instalments keep their row (their invoices point at it) and only
 * take their new place in the order; the open ones are replaced.
 */
export async function storeSchedule(
  manager: EntityManager,
  contractId: number,
  current: StoredInstalment[],
  schedule: ScheduledInstalment[],
): Promise<void> {
  const open = current.filter((instalment) => instalment.invoice === null).map((instalment) => instalment.id);
  if (open.length > 0) await manager.delete(InstalmentEntity, open);
  // Out of the way first, so renumbering never trips the unique (contract, sequence) index.
  await execute(
    manager,
    sql`UPDATE "contract_instalment" SET "sequence" = -"sequence" WHERE "contractId" = ${contractId}`,
  );
  const lockedBySequence = new Map(current.filter((i) => i.invoice !== null).map((i) => [i.sequence, i.id]));
  for (const instalment of schedule.filter((i) => i.locked)) {
    await manager.update(InstalmentEntity, lockedBySequence.get(instalment.previousSequence!)!, {
      sequence: instalment.sequence,
      shareBasisPoints: instalment.shareBasisPoints,
    });
  }
  const fresh = schedule
    .filter((i) => !i.locked)
    .map(({ sequence, invoiceDate, shareBasisPoints, amountCents }) => ({
      contractId,
      sequence,
      invoiceDate,
      shareBasisPoints,
      amountCents,
    }));
  if (fresh.length > 0) await manager.insert(InstalmentEntity, fresh);
}
