import type { EntityManager } from 'typeorm';
import { execute, selectOne, sql } from '../../db/sql';

/**
 * The next number of the year's gap-free invoice sequence, e.g. `2026-0001`. It must run inside the
 * transaction that makes the invoice final: the number is taken with the invoice or not at all, so a
 * failed finalisation leaves no gap. The one UPDATE raises and reads the number atomically and holds
 * the row's write lock until the transaction ends, so two colleagues finalising at once on the shared
 * server get consecutive numbers, never the same one.
 */
export async function nextInvoiceNumber(manager: EntityManager, year: number): Promise<string> {
  await execute(
    manager,
    sql`INSERT INTO "invoice_number_sequence" ("year", "lastNumber") VALUES (${year}, 0) ON CONFLICT ("year") DO NOTHING`,
  );
  const taken = await selectOne<{ lastNumber: number }>(
    manager,
    sql`UPDATE "invoice_number_sequence" SET "lastNumber" = "lastNumber" + 1 WHERE "year" = ${year} RETURNING "lastNumber"`,
  );
  return formatInvoiceNumber(year, taken!.lastNumber);
}

function formatInvoiceNumber(year: number, sequence: number): string {
  return `${year}-${String(sequence).padStart(4, '0')}`;
}
