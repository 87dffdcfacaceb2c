import { afterEach, expect, it } from 'vitest';
import { migrations } from '../../../electron/db/migrations';
import { SearchNamesPerFamily1795400000024 } from '../../../electron/db/migrations/1795400000024-SearchNamesPerFamily';
import type { TestDatabase } from '../../support/database';
import { FAMILY, migrateAcross, PEOPLE, person } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

it('holds a row of names per family, kept up with every insert, change and delete of a person', async () => {
  db = await migrateAcross(migrations.indexOf(SearchNamesPerFamily1795400000024) + 1, async (query) => {
    await query(FAMILY);
    await query(`${PEOPLE} ${person(1, 'Anna', 'van der Heijden')}, ${person(1, 'Kees', 'Jansen')}`);
  });
  const query = (sql: string) => db.dataSource.query<unknown[]>(sql);
  const found = (part: string) =>
    query(`SELECT rowid AS familyId FROM family_search WHERE nameKey MATCH '"${part}"' ORDER BY rowid`);
  const names = () => query('SELECT rowid AS familyId, nameKey FROM family_search ORDER BY rowid');
  expect(await names()).toEqual([{ familyId: 1, nameKey: 'anna van der heijden kees jansen' }]);
  expect(await query(`SELECT name FROM sqlite_master WHERE name = 'person_search'`)).toEqual([]);

  // An import writes many people in one statement; their family gets one row with all of them.
  await query(FAMILY);
  await query(`${PEOPLE} ${person(2, 'Fleur', 'Jansen-de Vries')}, ${person(2, 'Tim', 'van der Heijden')}`);
  expect(await found('vries')).toEqual([{ familyId: 2 }]);
  expect(await found('heijden')).toEqual([{ familyId: 1 }, { familyId: 2 }]);

  await query(`UPDATE person SET lastName = 'de Boer', lastNameKey = 'de boer' WHERE id = 4`);
  expect(await found('heijden')).toEqual([{ familyId: 1 }]);
  await query(`UPDATE person SET familyId = 1 WHERE id = 4`);
  expect(await names()).toEqual([
    { familyId: 1, nameKey: 'anna van der heijden kees jansen tim de boer' },
    { familyId: 2, nameKey: 'fleur jansen-de vries' },
  ]);

  await query('DELETE FROM person WHERE id = 3');
  expect(await names()).toEqual([{ familyId: 1, nameKey: 'anna van der heijden kees jansen tim de boer' }]);
  // A family's people go with it, and so does its row.
  await query('DELETE FROM family WHERE id = 1');
  expect(await query('SELECT COUNT(*) AS n FROM family_search')).toEqual([{ n: 0 }]);
});
