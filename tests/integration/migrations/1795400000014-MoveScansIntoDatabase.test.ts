import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { migrations } from '../../../electron/db/migrations';
import { openDatabase } from '../../../electron/db/open';
import { openTestDatabase, type TestDatabase } from '../../support/database';
import { FILE_REFERENCES, insertAttachmentRecords } from './attachment-records';

let db: TestDatabase;
afterEach(() => db.close());

const PDF = Buffer.from('%PDF-1.4 ondertekend contract');
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const JPEG = Buffer.from('ffd8ffe000104a464946', 'hex');

/** At migration 13 with one record of each kind, their files in `scans/` but the policy's, which is gone. */
async function beforeTheMove(): Promise<void> {
  db = await openTestDatabase(migrations.slice(0, 14));
  await insertAttachmentRecords((sql) => db.dataSource.query(sql));
  const scans = path.join(db.folder, 'scans');
  fs.mkdirSync(scans);
  fs.writeFileSync(path.join(scans, 'document-1-1764000000000.pdf'), PDF);
  fs.writeFileSync(path.join(scans, 'vog-1-1764000000001.png'), PNG);
  fs.writeFileSync(path.join(scans, 'incident-1-1764000000003.jpg'), JPEG);
  fs.utimesSync(
    path.join(scans, 'vog-1-1764000000001.png'),
    new Date('2026-05-04T08:00:00Z'),
    new Date('2026-05-04T08:00:00Z'),
  );
  await db.dataSource.destroy();
  db.dataSource = await openDatabase(
    { engine: 'sqlite', file: db.file },
    { backupFolder: db.backupFolder, migrations: migrations.slice(0, 15) },
  );
}

const pointers = async () => {
  const found: Record<string, unknown> = {};
  for (const [table, column] of FILE_REFERENCES) {
    const [row] = await db.dataSource.query<{ fileId: number | null }[]>(
      `SELECT "${column}" AS "fileId" FROM "${table}"`,
    );
    found[table] = row.fileId;
  }
  return found;
};

it('moves the files from scans/ into the database and points their records at them', async () => {
  await beforeTheMove();
  const stored = await db.dataSource.query<Record<string, unknown>[]>(
    'SELECT id, content, mediaType, fileName, sizeBytes, sha256, createdAt FROM stored_file ORDER BY id',
  );
  const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
  expect(stored).toEqual([
    {
      id: 1,
      content: PDF,
      mediaType: 'application/pdf',
      fileName: 'document-1-1764000000000.pdf',
      sizeBytes: PDF.length,
      sha256: sha256(PDF),
      createdAt: expect.any(String),
    },
    {
      id: 2,
      content: PNG,
      mediaType: 'image/png',
      fileName: 'vog-1-1764000000001.png',
      sizeBytes: PNG.length,
      sha256: sha256(PNG),
      createdAt: '2026-05-04T08:00:00.000Z',
    },
    {
      id: 3,
      content: JPEG,
      mediaType: 'image/jpeg',
      fileName: 'brief verzekeraar.jpg',
      sizeBytes: JPEG.length,
      sha256: sha256(JPEG),
      createdAt: expect.any(String),
    },
  ]);
  expect(await pointers()).toEqual({
    match_document: 1,
    vog: 2,
    insurance_policy: null,
    insurance_incident_document: 3,
  });
  // The originals stay on disk, and the names in the records until the next migration.
  expect(fs.readdirSync(path.join(db.folder, 'scans'))).toHaveLength(3);
  expect(await db.dataSource.query('SELECT conditionsFile FROM insurance_policy')).toEqual([
    { conditionsFile: 'scans/polis-1-1764000000002.pdf' },
  ]);
});

it('goes back by forgetting the copies: the files and their names are still there', async () => {
  await beforeTheMove();
  await db.dataSource.undoLastMigration({ transaction: 'each' });
  expect(await db.dataSource.query('SELECT COUNT(*) AS n FROM stored_file')).toEqual([{ n: 0 }]);
  expect(Object.values(await pointers())).toEqual([null, null, null, null]);
});
