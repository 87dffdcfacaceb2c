import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Keychain } from '../desktop';

const KEY_FILE = 'database.key';

/** The database is encrypted, but this user's keychain cannot give its key (another user, a new computer). */
export class DatabaseKeyError extends Error {
  constructor() {
    super('The database key cannot be read with this keychain');
    this.name = 'DatabaseKeyError';
  }
}

/**
 * The key this computer's database file is encrypted with: made once at random, and kept in the data
 * folder only as the operating system's keychain encrypted it, so the file, its backups and the key
 * file together are unreadable to another account or another computer. Without a keychain the app
 * cannot keep a key safe, so the file stays in the clear (null).
 */
export function databaseKey(dataFolder: string, keychain: Keychain | null): string | null {
  const file = path.join(dataFolder, KEY_FILE);
  if (fs.existsSync(file)) {
    if (!keychain) throw new DatabaseKeyError();
    try {
      return keychain.decrypt(fs.readFileSync(file));
    } catch {
      throw new DatabaseKeyError();
    }
  }
  if (!keychain) return null;
  const key = randomBytes(32).toString('hex');
  fs.mkdirSync(dataFolder, { recursive: true });
  fs.writeFileSync(file, keychain.encrypt(key), { mode: 0o600, flag: 'wx' });
  return key;
}
