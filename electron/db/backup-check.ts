import fs from 'node:fs';
import { all, close, isPlainDatabase, openEncrypted } from './encryption';

const HEADER_BYTES = 100;
const MAGIC = 'SQLite format 3\u0000';

/** Why a copy cannot stand in for the database: damaged or incomplete, or made by a newer version of the app. */
export type CopyProblem = 'damaged' | 'newer';

/** SQLCipher's page size: an encrypted file is whole pages of it, with no readable header to say so. */
const ENCRYPTED_PAGE_BYTES = 4096;

/**
 * The cheap check, for every listing: a SQLite header, and a file exactly as long as the header says;
 * an encrypted file (no readable header) whole pages. A copy cut off by a crash, a full disk or an
 * interrupted download fails it without being opened.
 */
export function looksComplete(file: string): boolean {
  const header = Buffer.alloc(HEADER_BYTES);
  let size: number;
  try {
    const fd = fs.openSync(file, 'r');
    try {
      if (fs.readSync(fd, header, 0, HEADER_BYTES, 0) < HEADER_BYTES) return false;
      size = fs.fstatSync(fd).size;
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
  if (header.toString('latin1', 0, 16) !== MAGIC) return size > 0 && size % ENCRYPTED_PAGE_BYTES === 0;
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65_536 : rawPageSize;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) return false;
  const pages = header.readUInt32BE(28);
  // The page count in the header holds only when written by the same change as the header (SQLite ≥ 3.7).
  const countHolds = pages > 0 && header.readUInt32BE(92) === header.readUInt32BE(24);
  return countHolds ? size === pages * pageSize : size > 0 && size % pageSize === 0;
}

/**
 * The full check, before a copy is trusted (a new backup before it gets its name, a backup before it
 * replaces the live database): opened read-only (with `pragma`, the key, unless it is in the clear),
 * SQLite's own `integrity_check` finds nothing, and its `migrations` table names only migrations this
 * version knows. A copy without that table (made of a new, empty file before its first migration) is
 * sound; the app migrates it when it opens it. A copy encrypted with another key counts as damaged.
 */
export async function checkDatabaseFile(
  file: string,
  knownMigrations: readonly string[],
  pragma: string | null = null,
): Promise<CopyProblem | null> {
  if (!looksComplete(file)) return 'damaged';
  let database: Awaited<ReturnType<typeof openEncrypted>>;
  try {
    database = await openEncrypted(file, isPlainDatabase(file) ? null : pragma, true);
  } catch {
    return 'damaged';
  }
  try {
    const integrity = await all<{ integrity_check: string }>(database, 'PRAGMA integrity_check');
    if (integrity.length !== 1 || integrity[0].integrity_check !== 'ok') return 'damaged';
    const tables = await all(
      database,
      `SELECT 1 FROM "sqlite_master" WHERE "type" = 'table' AND "name" = 'migrations'`,
    );
    if (tables.length === 0) return null;
    const applied = await all<{ name: string }>(database, 'SELECT "name" FROM "migrations"');
    return applied.every((row) => knownMigrations.includes(row.name)) ? null : 'newer';
  } catch {
    return 'damaged';
  } finally {
    await close(database);
  }
}
