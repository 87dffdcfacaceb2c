import { afterEach, expect, it } from 'vitest';
import type { TestDatabase } from '../../support/database';
import { FILE_REFERENCES, insertAttachmentRecords } from './attachment-records';
import { NOW, migrateAcross } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

it('drops the names of files in scans/ and keeps the records and their stored files', async () => {
  db = await migrateAcross(16, async (query) => {
    await insertAttachmentRecords(query);
    await query(
      `INSERT INTO stored_file (content, mediaType, fileName, sizeBytes, sha256, createdAt) VALUES (x'25504446', 'application/pdf', 'a.pdf', 4, '', ${NOW})`,
    );
    for (const [table, column] of FILE_REFERENCES) await query(`UPDATE "${table}" SET "${column}" = 1`);
  });
  const columns = async (table: string) =>
    (await db.dataSource.query<{ name: string }[]>(`SELECT name FROM pragma_table_info('${table}')`)).map(
      (c) => c.name,
    );
  expect(await columns('match_document')).not.toContain('scanFile');
  expect(await columns('vog')).not.toContain('scanFile');
  expect(await columns('insurance_policy')).not.toContain('conditionsFile');
  expect(await columns('insurance_incident_document')).toEqual(['id', 'incidentId', 'fileName', 'createdAt', 'fileId']);
  for (const [table, column] of FILE_REFERENCES) {
    expect(await db.dataSource.query(`SELECT "${column}" AS "fileId" FROM "${table}"`)).toEqual([{ fileId: 1 }]);
  }
  expect(await db.dataSource.query('SELECT status, signedDate FROM match_document')).toEqual([
    { status: 'ondertekend', signedDate: null },
  ]);
  expect(await db.dataSource.query('PRAGMA foreign_key_check')).toEqual([]);
});
