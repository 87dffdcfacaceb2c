import { afterEach, expect, it } from 'vitest';
import type { TestDatabase } from '../../support/database';
import { FILE_REFERENCES, insertAttachmentRecords } from './attachment-records';
import { NOW, migrateAcross } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

it('lets each record with an attachment point at a stored file, emptied when the file is deleted', async () => {
  db = await migrateAcross(14, insertAttachmentRecords);
  const query = (sql: string) => db.dataSource.query<Record<string, unknown>[]>(sql);
  await query(
    `INSERT INTO stored_file (content, mediaType, fileName, sizeBytes, sha256, createdAt) VALUES (x'25504446', 'application/pdf', 'a.pdf', 4, '', ${NOW})`,
  );
  for (const [table, column] of FILE_REFERENCES) {
    expect(await query(`SELECT "${column}" AS "fileId" FROM "${table}"`)).toEqual([{ fileId: null }]);
    await query(`UPDATE "${table}" SET "${column}" = 1`);
    await expect(query(`UPDATE "${table}" SET "${column}" = 2`)).rejects.toThrow(/FOREIGN KEY/);
  }
  await query('DELETE FROM stored_file');
  for (const [table, column] of FILE_REFERENCES) {
    expect(await query(`SELECT "${column}" AS "fileId" FROM "${table}"`)).toEqual([{ fileId: null }]);
  }
});
