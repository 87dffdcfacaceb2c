import { afterEach, expect, it } from 'vitest';
import type { TestDatabase } from '../../support/database';
import { FAMILY, migrateAcross, PEOPLE, person } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

it('finds the people there were, and keeps up with every insert, change and delete of a person', async () => {
  db = await migrateAcross(21, async (query) => {
    await query(FAMILY);
    await query(`${PEOPLE} ${person(1, 'Anna', 'van der Heijden')}`);
  });
  const query = (sql: string) => db.dataSource.query<unknown[]>(sql);
  // Each match names its person and family in its rowid.
  const found = (part: string) =>
    query(`SELECT rowid & 4294967295 AS id, rowid >> 32 AS familyId FROM person_search
      WHERE nameKey MATCH '"${part}"' ORDER BY id`);
  expect(await found('heij')).toEqual([{ id: 1, familyId: 1 }]);
  expect(await query(`SELECT nameKey FROM person_search`)).toEqual([{ nameKey: 'anna van der heijden' }]);

  // An import writes many people in one statement; each gets its own row.
  await query(FAMILY);
  await query(`${PEOPLE} ${person(2, 'Fleur', 'Jansen-de Vries')}, ${person(2, 'Tim', 'van der Heijden')}`);
  expect(await found('vries')).toEqual([{ id: 2, familyId: 2 }]);
  expect(await found('heijden')).toEqual([
    { id: 1, familyId: 1 },
    { id: 3, familyId: 2 },
  ]);

  await query(`UPDATE person SET lastName = 'de Boer', lastNameKey = 'de boer' WHERE id = 3`);
  expect(await found('heijden')).toEqual([{ id: 1, familyId: 1 }]);
  expect(await found('boer')).toEqual([{ id: 3, familyId: 2 }]);
  await query(`UPDATE person SET familyId = 1 WHERE id = 3`);
  expect(await found('boer')).toEqual([{ id: 3, familyId: 1 }]);

  await query('DELETE FROM person WHERE id = 2');
  expect(await found('vries')).toEqual([]);
  // A family's people go with it, and so do their rows here.
  await query('DELETE FROM family WHERE id = 1');
  expect(await query('SELECT COUNT(*) AS n FROM person_search')).toEqual([{ n: 0 }]);
});
