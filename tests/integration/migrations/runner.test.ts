import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUPS_KEPT, backupDatabase, ensureDailyBackup, listBackups } from '../../../electron/db/backup';
import { migrations } from '../../../electron/db/migrations';
import { NetworkDriveError } from '../../../electron/db/network-drive';
import { NewerDatabaseError, openDatabase } from '../../../electron/db/open';
import { openTestDatabase, type TestDatabase } from '../../support/database';

let db: TestDatabase;
afterEach(() => db.close());

async function pragma(name: string) {
  const [row] = await db.dataSource.query<Record<string, unknown>[]>(`PRAGMA ${name}`);
  return Object.values(row)[0];
}

describe('opening the database', () => {
  it('brings an empty file to the latest schema, with a backup made before migrating', async () => {
    db = await openTestDatabase();
    const applied: { name: string }[] = await db.dataSource.query('SELECT name FROM migrations ORDER BY id');
    expect(applied.map((row) => row.name)).toEqual(migrations.map((migration) => migration.name));
    expect(listBackups(db.backupFolder).map((b) => b.fileName)).toEqual([
      expect.stringMatching(/voor-migratie\.sqlite$/),
    ]);
    expect(await pragma('foreign_keys')).toBe(1);
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('busy_timeout')).toBe(5000);
  });

  it('is a no-op the second time: nothing applied, no new backup, data kept', async () => {
    db = await openTestDatabase();
    await db.dataSource.query(
      `INSERT INTO municipality (name, createdAt, updatedAt) VALUES ('Zandvoort', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
    );
    await db.dataSource.destroy();
    db.dataSource = await openDatabase({ engine: 'sqlite', file: db.file }, { backupFolder: db.backupFolder });
    const [{ n }] = await db.dataSource.query<{ n: number }[]>('SELECT COUNT(*) AS n FROM migrations');
    expect(n).toBe(migrations.length);
    expect(listBackups(db.backupFolder)).toHaveLength(1);
    expect(await db.dataSource.query('SELECT name FROM municipality')).toEqual([{ name: 'Zandvoort' }]);
  });

  it('refuses a database written by a newer version of the app and leaves it alone', async () => {
    db = await openTestDatabase();
    await db.dataSource.query(
      `INSERT INTO migrations (timestamp, name) VALUES (1999999999999, 'FromTheFuture1999999999999')`,
    );
    await db.dataSource.destroy();
    const before = fs.statSync(db.file).size;
    await expect(
      openDatabase({ engine: 'sqlite', file: db.file }, { backupFolder: db.backupFolder }),
    ).rejects.toBeInstanceOf(NewerDatabaseError);
    expect(fs.statSync(db.file).size).toBe(before);
  });
});

describe('backups', () => {
  it('keeps the ten newest copies, and a backup opens as a complete database', async () => {
    db = await openTestDatabase();
    for (let day = 1; day <= BACKUPS_KEPT + 2; day++) {
      await backupDatabase(db.dataSource, db.backupFolder, 'test', new Date(Date.UTC(2026, 0, day)));
    }
    const kept = listBackups(db.backupFolder);
    expect(kept).toHaveLength(BACKUPS_KEPT);
    expect(kept[0].fileName).toMatch(/voor-migratie/);
    expect(kept[1].fileName).toContain('2026-01-12');
    expect(kept[BACKUPS_KEPT - 1].fileName).toContain('2026-01-04');
    const restored = await openDatabase({ engine: 'sqlite', file: kept[1].path }, { backupFolder: db.backupFolder });
    expect(await restored.query('SELECT COUNT(*) AS n FROM migrations')).toEqual([{ n: migrations.length }]);
    await restored.destroy();
  });

  it('makes the daily copy only when the newest is older than a day', async () => {
    db = await openTestDatabase();
    expect(await ensureDailyBackup(db.dataSource, db.backupFolder)).toBeNull();
    const tomorrow = new Date(Date.now() + 25 * 60 * 60 * 1000);
    expect((await ensureDailyBackup(db.dataSource, db.backupFolder, tomorrow))?.fileName).toMatch(/dagelijks/);
  });
});

describe('a database file on a network drive', () => {
  it('is refused before it is opened, so colleagues cannot corrupt it by sharing it', async () => {
    await expect(
      openDatabase(
        { engine: 'sqlite', file: '\\\\kantoor-server\\gedeeld\\buurtgezinnen.sqlite' },
        { backupFolder: '/tmp' },
      ),
    ).rejects.toBeInstanceOf(NetworkDriveError);
  });
});
