import { afterEach, expect, it } from 'vitest';
import { migrations } from '../../../electron/db/migrations';
import { openDatabase } from '../../../electron/db/open';
import { openTestDatabase, type TestDatabase } from '../../support/database';

let db: TestDatabase;
afterEach(() => db.close());

const NOW = "'2026-11-23T10:00:00Z'";

it('adds municipalities and coordinators to a database that has the settings, keeping them', async () => {
  db = await openTestDatabase(migrations.slice(0, 1));
  await db.dataSource.query(`UPDATE app_settings SET employeeName = 'Fatima'`);
  await db.dataSource.destroy();
  db.dataSource = await openDatabase(
    { engine: 'sqlite', file: db.file },
    { backupFolder: db.backupFolder, migrations: migrations.slice(0, 2) },
  );
  const query = (sql: string) => db.dataSource.query(sql);

  expect(await query('SELECT employeeName FROM app_settings')).toEqual([{ employeeName: 'Fatima' }]);
  await query(`INSERT INTO municipality (name, createdAt, updatedAt) VALUES ('Haarlem', ${NOW}, ${NOW})`);
  await query(`INSERT INTO coordinator (name, createdAt, updatedAt) VALUES ('Sanne', ${NOW}, ${NOW})`);
  await query('INSERT INTO municipality_coordinator (municipalityId, coordinatorId) VALUES (1, 1)');
  expect(await query('SELECT version, active FROM municipality')).toEqual([{ version: 1, active: 1 }]);

  await expect(
    query(`INSERT INTO municipality (name, createdAt, updatedAt) VALUES ('HAARLEM', ${NOW}, ${NOW})`),
  ).rejects.toThrow(/UNIQUE/);
  await expect(
    query('INSERT INTO municipality_coordinator (municipalityId, coordinatorId) VALUES (1, 99)'),
  ).rejects.toThrow(/FOREIGN KEY/);
  await query('DELETE FROM coordinator WHERE id = 1');
  expect(await query('SELECT * FROM municipality_coordinator')).toEqual([]);
});
