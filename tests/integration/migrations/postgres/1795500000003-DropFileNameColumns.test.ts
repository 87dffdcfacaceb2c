import { afterEach, expect, it } from 'vitest';
import type { TestDatabase } from '../../../support/database';
import { FILE_REFERENCES, insertAttachmentRecords } from '../attachment-records';
import { migrateAcross } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

it('drops the names of files in scans/ and keeps the records and their stored files', async () => {
  db = await migrateAcross(4, async (query) => {
    await insertAttachmentRecords(query);
    await query(
      `INSERT INTO "stored_file" ("content", "mediaType", "fileName", "sizeBytes", "sha256", "createdAt")
      VALUES ('\\x25504446', 'application/pdf', 'a.pdf', 4, '', '2026-11-23T10:00:00Z')`,
    );
    for (const [table, column] of FILE_REFERENCES) await query(`UPDATE "${table}" SET "${column}" = 1`);
  });
  const names = await db.dataSource.query<{ table: string; column: string }[]>(
    `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
    WHERE table_schema = 'public' AND column_name IN ('scanFile', 'conditionsFile', 'file')`,
  );
  expect(names).toEqual([]);
  for (const [table, column] of FILE_REFERENCES) {
    expect(await db.dataSource.query(`SELECT "${column}" AS "fileId" FROM "${table}"`)).toEqual([{ fileId: 1 }]);
  }
  expect(await db.dataSource.query(`SELECT "fileName" FROM "insurance_incident_document"`)).toEqual([
    { fileName: 'brief verzekeraar.jpg' },
  ]);
});
