import { afterEach, expect, it } from 'vitest';
import type { TestDatabase } from '../../../support/database';
import { migrateAcross } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

it('makes a table that keeps the bytes of a file as they were given', async () => {
  db = await migrateAcross(2, () => Promise.resolve());
  const bytes = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff, 0x0a]);
  const insert = `INSERT INTO "stored_file" ("content", "mediaType", "fileName", "sizeBytes", "sha256", "createdAt")
    VALUES ($1, 'application/pdf', 'scan.pdf', 8, $2, '2026-11-23T10:00:00Z')`;
  await db.dataSource.query(insert, [bytes, 'a'.repeat(64)]);
  const [row] = await db.dataSource.query<{ content: Buffer; type: string }[]>(
    `SELECT "content", pg_typeof("content")::text AS "type" FROM "stored_file"`,
  );
  expect(row.type).toBe('bytea');
  expect(Buffer.compare(row.content, bytes)).toBe(0);
  await expect(db.dataSource.query(insert, [null, 'a'.repeat(64)])).rejects.toThrow(/not-null/);
});
