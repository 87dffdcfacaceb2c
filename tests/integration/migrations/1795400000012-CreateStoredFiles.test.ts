import { afterEach, expect, it } from 'vitest';
import type { TestDatabase } from '../../support/database';
import { NOW, migrateAcross } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

it('makes a table that keeps the bytes of a file as they were given', async () => {
  db = await migrateAcross(13, () => Promise.resolve());
  const bytes = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff, 0x0a]);
  const insert = `INSERT INTO stored_file (content, mediaType, fileName, sizeBytes, sha256, createdAt) VALUES (?, 'application/pdf', 'scan.pdf', 8, ?, ${NOW})`;
  await db.dataSource.query(insert, [bytes, 'a'.repeat(64)]);
  const [row] = await db.dataSource.query<{ content: Buffer; kind: string }[]>(
    'SELECT content, typeof(content) AS kind FROM stored_file',
  );
  expect(row.kind).toBe('blob');
  expect(Buffer.compare(row.content, bytes)).toBe(0);
  await expect(db.dataSource.query(insert, [null, 'a'.repeat(64)])).rejects.toThrow(/NOT NULL/);
});
