import { afterEach, expect, it } from 'vitest';
import type { TestDatabase } from '../../support/database';
import { migrateAcross } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

it('adds an empty sequence per year that refuses negative numbers and a second row for a year', async () => {
  db = await migrateAcross(9, () => Promise.resolve());
  const query = (sql: string) => db.dataSource.query(sql);
  expect(await query('SELECT * FROM invoice_number_sequence')).toEqual([]);
  await query('INSERT INTO invoice_number_sequence (year, lastNumber) VALUES (2026, 0)');
  await expect(query('INSERT INTO invoice_number_sequence (year, lastNumber) VALUES (2026, 5)')).rejects.toThrow(
    /UNIQUE|PRIMARY/,
  );
  await expect(query('INSERT INTO invoice_number_sequence (year, lastNumber) VALUES (2027, -1)')).rejects.toThrow(
    /CHECK/,
  );
});
