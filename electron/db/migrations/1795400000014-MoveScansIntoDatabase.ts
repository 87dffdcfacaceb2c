import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The column that named a file in `scans/`, the one that points at its stored copy, and the user's name for it if kept. */
const REFERENCES = [
  { table: 'match_document', name: 'scanFile', reference: 'scanFileId', userName: null },
  { table: 'vog', name: 'scanFile', reference: 'scanFileId', userName: null },
  { table: 'insurance_policy', name: 'conditionsFile', reference: 'conditionsFileId', userName: null },
  { table: 'insurance_incident_document', name: 'file', reference: 'fileId', userName: 'fileName' },
] as const;

/** The kinds the app accepted, known by their first bytes; a file that matches none is moved all the same. */
const SIGNATURES = [
  ['application/pdf', Buffer.from('%PDF-', 'latin1')],
  ['image/png', Buffer.from('89504e470d0a1a0a', 'hex')],
  ['image/jpeg', Buffer.from('ffd8ff', 'hex')],
] as const;

/**
 * Moves the files kept in the data folder's `scans/` into `stored_file` and points their records
 * at them. The data folder is the database file's folder: the app, the bridge, the demo and the
 * tests all keep `scans/` beside the file (see `DataPaths`), so the DataSource itself says where
 * to look and nothing else needs passing in. A file that is gone leaves its record without a file;
 * the files on disk are left where they are, and the names stay until the next migration.
 */
export class MoveScansIntoDatabase1795400000014 implements MigrationInterface {
  name = 'MoveScansIntoDatabase1795400000014';

  async up(queryRunner: QueryRunner): Promise<void> {
    const scans = path.join(path.dirname(String(queryRunner.connection.options.database)), 'scans');
    for (const { table, name, reference, userName } of REFERENCES) {
      const rows = (await queryRunner.query(
        `SELECT "id", "${name}" AS "kept", ${userName ? `"${userName}"` : 'NULL'} AS "userName"
        FROM "${table}" WHERE "${name}" IS NOT NULL`,
      )) as { id: number; kept: string; userName: string | null }[];
      for (const row of rows) {
        // Kept as `scans/<name>`, with a backslash when written on Windows; only the name is trusted.
        const kept = path.basename(row.kept.replaceAll('\\', '/'));
        const file = readIfPresent(path.join(scans, kept));
        if (!file) continue;
        // TypeORM's SQLite runner answers an INSERT with the new row's id.
        const fileId = (await queryRunner.query(
          `INSERT INTO "stored_file" ("content", "mediaType", "fileName", "sizeBytes", "sha256", "createdAt")
          VALUES (?, ?, ?, ?, ?, ?)`,
          [
            file.content,
            SIGNATURES.find(([, magic]) => file.content.subarray(0, magic.length).equals(magic))?.[0] ??
              'application/octet-stream',
            (row.userName ?? kept).slice(0, 200),
            file.content.length,
            createHash('sha256').update(file.content).digest('hex'),
            file.modified.toISOString(),
          ],
        )) as number;
        await queryRunner.query(`UPDATE "${table}" SET "${reference}" = ? WHERE "id" = ?`, [fileId, row.id]);
      }
    }
  }

  /** The files are still in `scans/` and their names still in the records: the copies go. */
  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table, reference } of REFERENCES)
      await queryRunner.query(`UPDATE "${table}" SET "${reference}" = NULL`);
    await queryRunner.query(`DELETE FROM "stored_file"`);
  }
}

/** The file's bytes and when it was written (when it was attached), or null when it is not there. */
function readIfPresent(file: string): { content: Buffer; modified: Date } | null {
  try {
    return { modified: fs.statSync(file).mtime, content: fs.readFileSync(file) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
