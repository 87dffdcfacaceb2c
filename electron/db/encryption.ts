import fs from 'node:fs';
import sqlcipher from '@journeyapps/sqlcipher';

/** The first bytes of a SQLite file written in the clear; an encrypted file starts with random salt. */
const PLAIN_MAGIC = 'SQLite format 3\u0000';
/** What SQLite may keep beside a database file while it is open. */
export const COMPANIONS = ['', '-wal', '-shm', '-journal'];

/**
 * The value of SQLCipher's `PRAGMA key` for a raw 256-bit key in hex: used as is, without the slow
 * key derivation a passphrase needs (the key is random, not typed).
 */
export function keyPragma(hexKey: string): string {
  if (!/^[0-9a-f]{64}$/.test(hexKey)) throw new Error('A database key is 64 hexadecimal characters');
  return `x'${hexKey}'`;
}

export function isPlainDatabase(file: string): boolean {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const header = Buffer.alloc(PLAIN_MAGIC.length);
      return (
        fs.readSync(fd, header, 0, header.length, 0) === header.length && header.toString('latin1') === PLAIN_MAGIC
      );
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
}

/**
 * Encrypts a database file written in the clear (one made before the app encrypted, or restored from
 * such a backup) in its place: an encrypted copy is made beside it and checked, then replaces it, and
 * the clear file and its companions are removed, so no readable copy stays behind.
 */
export async function encryptInPlace(file: string, pragma: string): Promise<void> {
  const encrypted = `${file}.versleutelen.${process.pid}.tmp`;
  fs.rmSync(encrypted, { force: true });
  try {
    const plain = await open(file);
    try {
      await run(plain, `ATTACH DATABASE ${quote(encrypted)} AS "encrypted" KEY ${quote(pragma)}`);
      await run(plain, `SELECT sqlcipher_export('encrypted')`);
      await run(plain, `DETACH DATABASE "encrypted"`);
    } finally {
      await close(plain);
    }
    const check = await openEncrypted(encrypted, pragma);
    try {
      const [row] = await all<{ integrity_check: string }>(check, 'PRAGMA integrity_check');
      if (row?.integrity_check !== 'ok') throw new Error('The encrypted copy failed its check');
    } finally {
      await close(check);
    }
    for (const suffix of COMPANIONS.slice(1)) fs.rmSync(file + suffix, { force: true });
    fs.renameSync(encrypted, file);
  } finally {
    fs.rmSync(encrypted, { force: true });
  }
}

/** A database opened read-only with its key, or in the clear when it has none. */
export async function openEncrypted(
  file: string,
  pragma: string | null,
  readOnly = false,
): Promise<sqlcipher.Database> {
  const database = await open(file, readOnly ? sqlcipher.OPEN_READONLY : undefined);
  if (pragma) await run(database, `PRAGMA key = ${quote(pragma)}`);
  return database;
}

function open(file: string, mode?: number): Promise<sqlcipher.Database> {
  return new Promise((resolve, reject) => {
    const database: sqlcipher.Database =
      mode === undefined
        ? new sqlcipher.Database(file, (error) => (error ? reject(error) : resolve(database)))
        : new sqlcipher.Database(file, mode, (error) => (error ? reject(error) : resolve(database)));
  });
}

export function all<T = unknown>(database: sqlcipher.Database, statement: string): Promise<T[]> {
  return new Promise((resolve, reject) => {
    database.all(statement, (error: Error | null, rows: T[]) => (error ? reject(error) : resolve(rows)));
  });
}

function run(database: sqlcipher.Database, statement: string): Promise<void> {
  return new Promise((resolve, reject) => database.run(statement, (error) => (error ? reject(error) : resolve())));
}

export function close(database: sqlcipher.Database): Promise<void> {
  return new Promise((resolve) => database.close(() => resolve()));
}

function quote(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** The key a SQLite DataSource was opened with, for the copies made of it; null for a clear file. */
export function pragmaOf(dataSource: { options: object }): string | null {
  return (dataSource.options as { key?: string }).key ?? null;
}
