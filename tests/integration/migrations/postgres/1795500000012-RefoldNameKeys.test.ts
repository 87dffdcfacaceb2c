import { afterEach, expect, it } from 'vitest';
import type { TestDatabase } from '../../../support/database';
import { migrateAcross } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

const NOW = `'2026-11-23T10:00:00Z'`;

it('folds the stored name keys again, so "yilmaz" finds "Yılmaz", within the columns’ width', async () => {
  const longName = 'ß'.repeat(60);
  db = await migrateAcross(13, async (query) => {
    await query(`INSERT INTO "family" ("createdAt", "updatedAt", "kind", "street", "houseNumber", "postcode", "place")
      VALUES (${NOW}, ${NOW}, 'vraag', 'Kerkstraat', '12', '2011 AB', 'Haarlem')`);
    const people = [
      ['Ayşe', 'Yılmaz', 'ayse', 'yılmaz'],
      ['Daan', longName, 'daan', longName],
      ['Sem', 'Jansen', 'sem', 'jansen'],
    ];
    for (const [first, last, firstKey, lastKey] of people) {
      await query(
        `INSERT INTO "person" ("familyId", "firstName", "lastName", "birthDate", "role", "firstNameKey", "lastNameKey")
        VALUES (1, $1, $2, '1988-04-02', 'ouder', $3, $4)`,
        [first, last, firstKey, lastKey],
      );
    }
  });
  expect(await db.dataSource.query(`SELECT "firstNameKey", "lastNameKey" FROM "person" ORDER BY "id"`)).toEqual([
    { firstNameKey: 'ayse', lastNameKey: 'yilmaz' },
    { firstNameKey: 'daan', lastNameKey: 'ss'.repeat(40) },
    { firstNameKey: 'sem', lastNameKey: 'jansen' },
  ]);
});
