import { afterEach, expect, it } from 'vitest';
import type { TestDatabase } from '../../support/database';
import { NOW, migrateAcross } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

it('gives the settings the VOG rules and keeps at most one VOG record per person', async () => {
  db = await migrateAcross(12, async (query) => {
    await query(
      `INSERT INTO family (createdAt, updatedAt, kind, street, houseNumber, postcode, place) VALUES (${NOW}, ${NOW}, 'steun', 'Zijlweg', '88', '2013 DK', 'Haarlem')`,
    );
    await query(
      `INSERT INTO person (familyId, firstName, lastName, birthDate, role, firstNameKey, lastNameKey) VALUES (1, 'Anna', 'de Boer', '1977-11-20', 'ouder', 'anna', 'de boer')`,
    );
  });
  const query = (sql: string) => db.dataSource.query(sql);
  expect(
    await query('SELECT vogAllAdults, vogRequestWeeks, vogNewMatchMonths, vogRenewYears FROM app_settings'),
  ).toEqual([{ vogAllAdults: 1, vogRequestWeeks: 8, vogNewMatchMonths: 3, vogRenewYears: 3 }]);
  await query(`INSERT INTO vog (createdAt, updatedAt, personId, status) VALUES (${NOW}, ${NOW}, 1, 'aangevraagd')`);
  await expect(
    query(`INSERT INTO vog (createdAt, updatedAt, personId, status) VALUES (${NOW}, ${NOW}, 1, 'aangevraagd')`),
  ).rejects.toThrow(/UNIQUE/);
  await expect(
    query(`INSERT INTO vog (createdAt, updatedAt, personId, status) VALUES (${NOW}, ${NOW}, 1, 'nodig')`),
  ).rejects.toThrow(/CHECK|UNIQUE/);
});
