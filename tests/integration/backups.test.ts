import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDatabase, ensureDailyBackup, listBackups } from '../../electron/db/backup';
import { checkDatabaseFile } from '../../electron/db/backup-check';
import { migrations } from '../../electron/db/migrations';
import { ownedRestore } from '../../electron/db/restore';
import { createDispatcher } from '../../electron/main/ipc/dispatch';
import { createHandlers } from '../../electron/services/handlers';
import { recordingDesktop } from '../../scripts/bridge/desktop';
import type { BackupRestoredDto } from '../../shared/api/settings';
import { openTestDatabase, TEST_ENGINE, testDispatcher, type TestDatabase } from '../support/database';
import { data, municipality } from '../support/registrations';

const ROOT = path.resolve(__dirname, '../..');
const KNOWN = migrations.map((migration) => migration.name);
const DAY_MS = 24 * 60 * 60 * 1000;

let db: TestDatabase;
beforeEach(async () => {
  db = await openTestDatabase();
});
afterEach(() => db.close());

/** The dispatcher as main wires it: with a restore that swaps the file of this same DataSource. */
function restoringDispatcher() {
  const logged: string[] = [];
  const log = { info: (m: string) => logged.push(m), error: (m: string) => logged.push(m) };
  const paths = { dataFolder: db.folder, databaseFile: db.file, backupFolder: db.backupFolder };
  const restore = ownedRestore(db.dataSource, paths, log);
  const dispatcher = createDispatcher(db.dataSource, createHandlers(paths, recordingDesktop(), undefined, restore), {
    computerUser: 'testgebruiker',
    log,
  });
  return { ...dispatcher, logged, restore };
}

async function municipalityNames(dispatch: ReturnType<typeof restoringDispatcher>['dispatch']): Promise<string[]> {
  return data<{ name: string }[]>(await dispatch('municipalities.list', {})).map((m) => m.name);
}

/** The backups' names without the one every new database gets before its first migration. */
const namesOf = (folder: string) => listBackups(folder).map((b) => b.fileName);

describe.runIf(TEST_ENGINE === 'sqlite')('backups you can trust', () => {
  it('lists no copy a crash cut off, and the next start makes a good one', async () => {
    await db.dataSource.query('CREATE TABLE "ballast" ("b" blob)');
    await db.dataSource.query(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)
       INSERT INTO "ballast" SELECT zeroblob(100000) FROM n`,
    );
    const before = namesOf(db.backupFolder);
    const tomorrow = new Date(Date.now() + 2 * DAY_MS);

    // Another process makes the daily copy of the 100 MB file and dies halfway.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'tests/support/backup-child.ts', db.file, db.backupFolder, tomorrow.toISOString()],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const partial = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const writing = fs.readdirSync(db.backupFolder).find((name) => !before.includes(name));
        if (writing && fs.statSync(path.join(db.backupFolder, writing)).size > 1_000_000) {
          clearInterval(timer);
          child.kill('SIGKILL');
          resolve(writing);
        }
      }, 2);
      void exited.then(() => {
        clearInterval(timer);
        reject(new Error('the backup finished before it could be interrupted'));
      });
    });
    expect(await exited).toBeNull();
    expect(partial).toMatch(/-dagelijks\.sqlite\.\d+\.tmp$/);
    expect(fs.existsSync(path.join(db.backupFolder, partial))).toBe(true);

    expect(namesOf(db.backupFolder)).toEqual(before);
    const made = await ensureDailyBackup(db.dataSource, db.backupFolder, tomorrow);
    expect(made?.fileName).toMatch(/-dagelijks\.sqlite$/);
    expect(namesOf(db.backupFolder)).toEqual([made!.fileName, ...before]);
    expect(await checkDatabaseFile(made!.path, KNOWN)).toBeNull();
    expect(fs.existsSync(path.join(db.backupFolder, partial))).toBe(false);
  });

  it('ignores a cut-off file under a backup name and a temporary copy, and does not count them as today’s', async () => {
    const good = await backupDatabase(db.dataSource, db.backupFolder, 'test', new Date(Date.now() - 3 * DAY_MS));
    const bytes = fs.readFileSync(good.path);
    const today = new Date(Date.now() + DAY_MS);
    const stamp = today.toISOString().replace(/[:.]/g, '-');
    fs.writeFileSync(path.join(db.backupFolder, `buurtgezinnen-${stamp}-dagelijks.sqlite`), bytes.subarray(0, 8192));
    fs.writeFileSync(path.join(db.backupFolder, `buurtgezinnen-${stamp}-x.sqlite.999999999.tmp`), bytes);
    fs.writeFileSync(path.join(db.backupFolder, `buurtgezinnen-${stamp}-leeg.sqlite`), '');

    expect(namesOf(db.backupFolder)).not.toContain(`buurtgezinnen-${stamp}-dagelijks.sqlite`);
    expect(listBackups(db.backupFolder).map((b) => b.fileName)).toHaveLength(2);
    const made = await ensureDailyBackup(db.dataSource, db.backupFolder, new Date(today.getTime() + 1000));
    expect(made?.fileName).toMatch(/dagelijks/);
    // The temporary copy of a process that no longer runs is cleared away.
    expect(fs.existsSync(path.join(db.backupFolder, `buurtgezinnen-${stamp}-x.sqlite.999999999.tmp`))).toBe(false);
  });

  it('checks a copy in full: damage inside the file, or migrations of a newer version', async () => {
    const good = await backupDatabase(db.dataSource, db.backupFolder, 'test', new Date(Date.now() - DAY_MS));
    expect(await checkDatabaseFile(good.path, KNOWN)).toBeNull();
    expect(await checkDatabaseFile(good.path, KNOWN.slice(0, -1))).toBe('newer');

    const damaged = path.join(db.folder, 'beschadigd.sqlite');
    const bytes = Buffer.from(fs.readFileSync(good.path));
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0x5a, pageSize * 2, pageSize * 4);
    fs.writeFileSync(damaged, bytes);
    expect(await checkDatabaseFile(damaged, KNOWN)).toBe('damaged');
  });

  it('puts a backup back through the handler layer, keeps the data from before aside, and can undo it', async () => {
    const api = restoringDispatcher();
    data(await api.dispatch('municipalities.create', municipality('Haarlem', '2000-2039')));
    const older = await backupDatabase(db.dataSource, db.backupFolder, 'test', new Date(Date.now() - DAY_MS));
    data(await api.dispatch('municipalities.create', municipality('Zandvoort', '2040-2042')));

    const restored = data<BackupRestoredDto>(await api.dispatch('system.restoreBackup', { fileName: older.fileName }));
    expect(restored.restored).toBe(older.fileName);
    expect(restored.keptAs).toMatch(/^buurtgezinnen-.*-voor-terugzetten\.sqlite$/);
    expect(await municipalityNames(api.dispatch)).toEqual(['Haarlem']);
    expect(namesOf(db.backupFolder)).toContain(restored.keptAs);
    expect(fs.readdirSync(db.folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    // The app works on after the swap, on the same DataSource.
    data(await api.dispatch('municipalities.create', municipality('Bloemendaal', '2050-2051')));
    expect(await municipalityNames(api.dispatch)).toEqual(['Haarlem', 'Bloemendaal']);

    data(await api.dispatch('system.restoreBackup', { fileName: restored.keptAs }));
    expect(await municipalityNames(api.dispatch)).toEqual(['Haarlem', 'Zandvoort']);
  });

  it('refuses a name from outside the backup folder, an unknown or damaged backup, and changes nothing', async () => {
    const api = restoringDispatcher();
    data(await api.dispatch('municipalities.create', municipality('Haarlem', '2000-2039')));
    const good = await backupDatabase(db.dataSource, db.backupFolder, 'test', new Date(Date.now() - DAY_MS));

    const outside = await api.dispatch('system.restoreBackup', { fileName: '../buurtgezinnen.sqlite' });
    expect(outside).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'fileName' }] } });
    const unknown = await api.dispatch('system.restoreBackup', { fileName: 'buurtgezinnen-bestaat-niet.sqlite' });
    expect(unknown).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'fileName', message: expect.stringContaining('bestaat niet (meer)') }] },
    });

    const bytes = Buffer.from(fs.readFileSync(good.path));
    bytes.fill(0x5a, bytes.readUInt16BE(16) * 2, bytes.readUInt16BE(16) * 3);
    fs.writeFileSync(good.path, bytes);
    const damaged = await api.dispatch('system.restoreBackup', { fileName: good.fileName });
    expect(damaged).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'fileName', message: expect.stringContaining('beschadigd') }] },
    });
    expect(await municipalityNames(api.dispatch)).toEqual(['Haarlem']);
    expect(namesOf(db.backupFolder).some((name) => name.includes('voor-terugzetten'))).toBe(false);
  });

  it('brings the database from before back when the copy cannot be put in place', async () => {
    const api = restoringDispatcher();
    data(await api.dispatch('municipalities.create', municipality('Haarlem', '2000-2039')));
    await expect(
      api.restore.replaceWith(path.join(db.folder, 'weg.sqlite'), path.join(db.backupFolder, 'buurtgezinnen-x.sqlite')),
    ).rejects.toThrow();
    expect(await municipalityNames(api.dispatch)).toEqual(['Haarlem']);
    expect(api.logged.join('\n')).toMatch(/restoring a backup failed/);
    expect(fs.existsSync(path.join(db.backupFolder, 'buurtgezinnen-x.sqlite'))).toBe(false);
  });
});

describe.runIf(TEST_ENGINE === 'postgres')('backups on the shared database', () => {
  it('are the server’s job: a restore is refused in Dutch', async () => {
    const api = testDispatcher(db);
    const response = await api.dispatch('system.restoreBackup', { fileName: 'buurtgezinnen-2026-11-01.sqlite' });
    expect(response).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('taak van de server') },
    });
  });
});
