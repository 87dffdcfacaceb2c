import { afterEach, expect, it } from 'vitest';
import type { TestDatabase } from '../../../support/database';
import { migrateAcross } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

const NOW = `'2026-11-23T10:00:00Z'`;

it('gives contracts and invoices a purchase order number, empty for those made before, at most 50 characters', async () => {
  db = await migrateAcross(12, async (query) => {
    await query(`INSERT INTO "municipality" ("name", "createdAt", "updatedAt") VALUES ('Haarlem', ${NOW}, ${NOW})`);
    await query(`INSERT INTO "municipality_contract" ("createdAt", "updatedAt", "municipalityId", "kind", "description",
      "startDate", "endDate", "amountCents", "billingName", "billingStreet", "billingPostcode", "billingCity", "scheduleTemplate")
      VALUES (${NOW}, ${NOW}, 1, 'structureel', 'Haarlem 2027', '2027-01-01', '2027-12-31', 100, 'Gemeente Haarlem',
      'Postbus 511', '2003 PB', 'Haarlem', 'jan-jul')`);
    await query(`INSERT INTO "invoice" ("createdAt", "updatedAt", "kind", "status", "number", "contractId", "municipalityId",
      "invoiceDate", "dueDate", "description", "amountCents")
      VALUES (${NOW}, ${NOW}, 'invoice', 'final', '2027-0001', 1, 1, '2027-01-02', '2027-02-01', 'Termijn 1', 100)`);
  });
  const query = (sql: string) => db.dataSource.query<unknown[]>(sql);
  expect(await query(`SELECT "description", "purchaseOrderNumber" FROM "municipality_contract"`)).toEqual([
    { description: 'Haarlem 2027', purchaseOrderNumber: null },
  ]);
  expect(await query(`SELECT "number", "purchaseOrderNumber" FROM "invoice"`)).toEqual([
    { number: '2027-0001', purchaseOrderNumber: null },
  ]);
  await query(`UPDATE "invoice" SET "purchaseOrderNumber" = '4500012345'`);
  expect(await query(`SELECT "purchaseOrderNumber" FROM "invoice"`)).toEqual([{ purchaseOrderNumber: '4500012345' }]);
  await expect(query(`UPDATE "municipality_contract" SET "purchaseOrderNumber" = '${'9'.repeat(51)}'`)).rejects.toThrow(
    /too long/,
  );
});
