import { afterEach, expect, it } from 'vitest';
import type { TestDatabase } from '../../support/database';
import { NOW, migrateAcross } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

/** People as the app stored them before: keys without accents, but ı, ß and ’ left as typed. */
const PEOPLE = [
  ['Ayşe', 'Yılmaz', 'ayse', 'yılmaz'],
  ['Jürgen', 'Straße', 'jurgen', 'straße'],
  ['Sem', 'van ’t Hof', 'sem', 'van ’t hof'],
  ['Daan', 'Jansen', 'daan', 'jansen'],
];

it('folds the stored name keys again, so "yilmaz" finds "Yılmaz"', async () => {
  db = await migrateAcross(20, async (query) => {
    await query(`INSERT INTO family (createdAt, updatedAt, kind, street, houseNumber, postcode, place)
      VALUES (${NOW}, ${NOW}, 'vraag', 'Kerkstraat', '12', '2011 AB', 'Haarlem')`);
    for (const [first, last, firstKey, lastKey] of PEOPLE) {
      await query(`INSERT INTO person (familyId, firstName, lastName, birthDate, role, firstNameKey, lastNameKey)
        VALUES (1, '${first}', '${last}', '1988-04-02', 'ouder', '${firstKey}', '${lastKey}')`);
    }
  });
  expect(await db.dataSource.query('SELECT firstNameKey, lastNameKey FROM person ORDER BY id')).toEqual([
    { firstNameKey: 'ayse', lastNameKey: 'yilmaz' },
    { firstNameKey: 'jurgen', lastNameKey: 'strasse' },
    { firstNameKey: 'sem', lastNameKey: "van 't hof" },
    { firstNameKey: 'daan', lastNameKey: 'jansen' },
  ]);
});
