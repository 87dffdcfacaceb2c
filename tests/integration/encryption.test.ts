import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDatabase } from '../../electron/db/backup';
import { checkDatabaseFile } from '../../electron/db/backup-check';
import { keyPragma } from '../../electron/db/encryption';
import { migrations } from '../../electron/db/migrations';
import { openDatabase } from '../../electron/db/open';
import { ownedRestore } from '../../electron/db/restore';
import { createDispatcher } from '../../electron/main/ipc/dispatch';
import { createHandlers } from '../../electron/services/handlers';
import { protectDataFolder } from '../../electron/services/settings/data-folder';
import { databaseKey, DatabaseKeyError } from '../../electron/services/settings/database-key';
import { recordingDesktop } from '../../scripts/bridge/desktop';
import type { BackupRestoredDto } from '../../shared/api/settings';
import { openTestDatabase, TEST_ENGINE, testDispatcher, type TestDatabase } from '../support/database';
import { data, vraaggezin } from '../support/registrations';

const KNOWN = migrations.map((migration) => migration.name);
/** What the registration puts in the file: a name, a street, a child's name, an e-mail address. */
const PERSONAL = ['Marieke', 'Jansen', 'Kerkstraat', 'Daan', 'jansen@voorbeeld.nl'];
const keychain = recordingDesktop().keychain!;

let db: TestDatabase;
let encrypted: DataSource | null = null;
afterEach(async () => {
  if (encrypted?.isInitialized) await encrypted.destroy();
  encrypted = null;
  await db.close();
});

/** What `sqlite3` (the command-line tool) shows of a file without its key. */
function withoutKey(file: string): string {
  try {
    return execFileSync('sqlite3', [file, '.tables', 'SELECT * FROM "person";'], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    return String((error as { stderr?: string }).stderr);
  }
}

function readableIn(file: string): string[] {
  const bytes = fs.readFileSync(file);
  return PERSONAL.filter((text) => bytes.includes(text));
}

describe.runIf(TEST_ENGINE === 'sqlite')('a database file unreadable to others', () => {
  it('encrypts an existing clear file in its place; backs it up and restores it encrypted', async () => {
    db = await openTestDatabase();
    data(await testDispatcher(db).dispatch('registrations.create', vraaggezin()));
    expect(readableIn(db.file).length + readableIn(`${db.file}-wal`).length).toBeGreaterThan(0);
    await db.dataSource.destroy();

    const key = databaseKey(db.folder, keychain)!;
    encrypted = await openDatabase({ engine: 'sqlite', file: db.file, key }, { backupFolder: db.backupFolder });
    for (const file of fs.readdirSync(db.folder).filter((name) => name.startsWith('buurtgezinnen.sqlite')))
      expect({ file, readable: readableIn(path.join(db.folder, file)) }).toEqual({ file, readable: [] });
    expect(withoutKey(db.file)).toMatch(/file is not a database/);
    expect(withoutKey(db.file)).not.toMatch(/person|family/);

    const paths = { dataFolder: db.folder, databaseFile: db.file, backupFolder: db.backupFolder };
    const log = { info: () => undefined, error: () => undefined };
    const restore = ownedRestore(encrypted, paths, log);
    const api = createDispatcher(encrypted, createHandlers(paths, recordingDesktop(), undefined, restore), {
      computerUser: 'testgebruiker',
      log,
    });
    const names = async () =>
      (await encrypted!.query<{ lastName: string }[]>('SELECT "lastName" FROM "person" ORDER BY "id"')).map(
        (row) => row.lastName,
      );
    expect(await names()).toEqual(['Jansen', 'Jansen']);
    const backup = await backupDatabase(encrypted, db.backupFolder, 'handmatig');
    expect(readableIn(backup.path)).toEqual([]);
    expect(await checkDatabaseFile(backup.path, KNOWN, keyPragma(key))).toBeNull();
    expect(await checkDatabaseFile(backup.path, KNOWN)).toBe('damaged');

    await encrypted.query(`UPDATE "person" SET "lastName" = 'Verkeerd'`);
    const restored = data<BackupRestoredDto>(await api.dispatch('system.restoreBackup', { fileName: backup.fileName }));
    expect(restored.keptAs).toMatch(/voor-terugzetten/);
    expect(await names()).toEqual(['Jansen', 'Jansen']);
    expect(readableIn(db.file)).toEqual([]);
  });

  it('keeps the key only as the keychain encrypted it, readable by no other keychain', () => {
    db = { close: () => Promise.resolve() } as TestDatabase;
    const folder = fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'bg-key-'));
    try {
      const key = databaseKey(folder, keychain)!;
      expect(key).toMatch(/^[0-9a-f]{64}$/);
      expect(databaseKey(folder, keychain)).toBe(key);
      const stored = fs.readFileSync(path.join(folder, 'database.key'));
      expect(stored.toString('latin1')).not.toContain(key);
      expect(fs.statSync(path.join(folder, 'database.key')).mode & 0o777).toBe(0o600);
      const other = { encrypt: (text: string) => keychain.encrypt(text), decrypt: () => 'x'.repeat(10) };
      expect(() => keyPragma(databaseKey(folder, other)!)).toThrow();
      expect(() => databaseKey(folder, null)).toThrow(DatabaseKeyError);
      expect(databaseKey(fs.mkdtempSync(`${folder}/leeg-`), null)).toBeNull();
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('makes the data folder its user’s alone: 0700 folders, 0600 files, also what was there before', () => {
    db = { close: () => Promise.resolve() } as TestDatabase;
    const folder = fs.mkdtempSync(path.join(process.env.TMPDIR ?? '/tmp', 'bg-folder-'));
    const umask = process.umask();
    try {
      fs.mkdirSync(path.join(folder, 'backups'), { mode: 0o755 });
      fs.writeFileSync(path.join(folder, 'buurtgezinnen.sqlite'), 'x', { mode: 0o644 });
      fs.writeFileSync(path.join(folder, 'backups', 'oud.sqlite'), 'x', { mode: 0o644 });
      protectDataFolder(folder);
      fs.writeFileSync(path.join(folder, 'nieuw.log'), 'x');
      const mode = (file: string) => fs.statSync(path.join(folder, file)).mode & 0o777;
      expect([mode('.'), mode('backups')]).toEqual([0o700, 0o700]);
      expect([mode('buurtgezinnen.sqlite'), mode('backups/oud.sqlite'), mode('nieuw.log')]).toEqual([
        0o600, 0o600, 0o600,
      ]);
    } finally {
      process.umask(umask);
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
