import { afterEach, expect, it } from 'vitest';
import type { TestDatabase } from '../../support/database';
import { NOW, migrateAcross } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

it('adds families with their people, who go when their family goes', async () => {
  db = await migrateAcross(4, (query) =>
    query(`INSERT INTO municipality (name, createdAt, updatedAt) VALUES ('Haarlem', ${NOW}, ${NOW})`),
  );
  const query = (sql: string) => db.dataSource.query(sql);
  await query(`INSERT INTO family (createdAt, updatedAt, kind, street, houseNumber, postcode, place, municipalityId)
    VALUES (${NOW}, ${NOW}, 'vraag', 'Kerkstraat', '12', '2011 AB', 'Haarlem', 1)`);
  await query(`INSERT INTO person (familyId, firstName, lastName, birthDate, role, firstNameKey, lastNameKey)
    VALUES (1, 'Daan', 'Jansen', '2016-09-30', 'kind', 'daan', 'jansen')`);
  await expect(
    query(`INSERT INTO family (createdAt, updatedAt, kind, street, houseNumber, postcode, place)
    VALUES (${NOW}, ${NOW}, 'anders', 'x', '1', '1000 AA', 'x')`),
  ).rejects.toThrow(/CHECK/);
  await expect(
    query(`INSERT INTO person (familyId, firstName, lastName, birthDate, role, firstNameKey, lastNameKey)
    VALUES (9, 'a', 'b', '2000-01-01', 'kind', 'a', 'b')`),
  ).rejects.toThrow(/FOREIGN KEY/);
  await query('DELETE FROM family WHERE id = 1');
  expect(await query('SELECT COUNT(*) AS n FROM person')).toEqual([{ n: 0 }]);
});
