import { afterEach, expect, it } from 'vitest';
import type { TestDatabase } from '../../support/database';
import { NOW, migrateAcross } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

it("adds the foundation's details and contracts whose final invoices always carry a number", async () => {
  db = await migrateAcross(10, async (query) => {
    await query(`INSERT INTO municipality (name, createdAt, updatedAt) VALUES ('Haarlem', ${NOW}, ${NOW})`);
  });
  const query = (sql: string) => db.dataSource.query(sql);
  expect(await query('SELECT id, name, vatCategory FROM organisation')).toEqual([
    { id: 1, name: 'Stichting Buurtgezinnen', vatCategory: 'O' },
  ]);
  await query(`INSERT INTO municipality_contract (createdAt, updatedAt, municipalityId, kind, description, startDate, endDate,
    amountCents, billingName, billingStreet, billingPostcode, billingCity, scheduleTemplate)
    VALUES (${NOW}, ${NOW}, 1, 'structureel', 'Haarlem 2027', '2027-01-01', '2027-12-31', 100, 'Gemeente Haarlem', 'Postbus 511', '2003 PB', 'Haarlem', 'jan-jul')`);
  const invoice = (status: string, number: string | null, kind = 'invoice', amount = 100, credited = 'NULL') =>
    query(`INSERT INTO invoice (createdAt, updatedAt, kind, status, number, contractId, municipalityId, invoiceDate, dueDate,
      description, amountCents, creditedInvoiceId) VALUES (${NOW}, ${NOW}, '${kind}', '${status}', ${number === null ? 'NULL' : `'${number}'`},
      1, 1, '2027-01-02', '2027-02-01', 'Termijn', ${amount}, ${credited})`);
  await expect(invoice('final', null)).rejects.toThrow(/CHECK/);
  await expect(invoice('concept', '2027-0001')).rejects.toThrow(/CHECK/);
  await invoice('final', '2027-0001');
  await expect(invoice('final', '2027-0001')).rejects.toThrow(/UNIQUE/);
  await expect(invoice('concept', null, 'credit', 100, '1')).rejects.toThrow(/CHECK/);
  await invoice('concept', null, 'credit', -100, '1');
  await expect(invoice('concept', null, 'credit', -100, '1')).rejects.toThrow(/UNIQUE/);
});
