import type { EntityManager } from 'typeorm';

/**
 * The next number of the year's gap-free invoice sequence, e.g. `2026-0001`. It must run inside the
 * transaction that makes the invoice final: the number is taken with the invoice or not at all, so a
 * failed finalisation leaves no gap. The UPDATE takes the row's write lock, which also keeps two
 * transactions from taking the same number on a shared server.
 */
export async function nextInvoiceNumber(manager: EntityManager, year: number): Promise<string> {
  await manager.query(
    `INSERT INTO "invoice_number_sequence" ("year", "lastNumber") SELECT ?, 0
      WHERE NOT EXISTS (SELECT 1 FROM "invoice_number_sequence" WHERE "year" = ?)`,
    [year, year],
  );
  await manager.query(`UPDATE "invoice_number_sequence" SET "lastNumber" = "lastNumber" + 1 WHERE "year" = ?`, [year]);
  const [{ lastNumber }] = await manager.query<{ lastNumber: number }[]>(
    `SELECT "lastNumber" FROM "invoice_number_sequence" WHERE "year" = ?`,
    [year],
  );
  return formatInvoiceNumber(year, lastNumber);
}

function formatInvoiceNumber(year: number, sequence: number): string {
  return `${year}-${String(sequence).padStart(4, '0')}`;
}
