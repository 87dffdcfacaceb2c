import { afterEach, expect, it } from 'vitest';
import { insertingFamilies } from '../../../electron/db/family-search';
import { migrations } from '../../../electron/db/migrations';
import { DeferFamilySearchRows1795400000028 } from '../../../electron/db/migrations/1795400000028-DeferFamilySearchRows';
import type { TestDatabase } from '../../support/database';
import { FAMILY, migrateAcross, PEOPLE, person } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

it('leaves the search rows of new families to the import while it holds the marker, and only then', async () => {
  db = await migrateAcross(migrations.indexOf(DeferFamilySearchRows1795400000028) + 1, async (query) => {
    await query(FAMILY);
    await query(`${PEOPLE} ${person(1, 'Anna', 'Jansen')}`);
  });
  const query = (sql: string) => db.dataSource.query<unknown[]>(sql);
  const names = () => query('SELECT rowid AS familyId, nameKey FROM family_search ORDER BY rowid');
  expect(await names()).toEqual([{ familyId: 1, nameKey: 'anna jansen' }]);

  // Without the marker a person added to a family is written into its row at once, as before.
  await query(`${PEOPLE} ${person(1, 'Kees', 'Jansen')}`);
  expect(await names()).toEqual([{ familyId: 1, nameKey: 'anna jansen kees jansen' }]);

  await db.dataSource.transaction(async (manager) => {
    const ids = await insertingFamilies(manager, async () => {
      await manager.query(FAMILY);
      await manager.query(FAMILY);
      await manager.query(`${PEOPLE} ${person(2, 'Fleur', 'de Vries')}, ${person(3, 'Tim', 'Bakker')},
        ${person(2, 'Bas', 'de Vries')}`);
      // The trigger left the new families alone while the marker was there.
      expect(await manager.query('SELECT COUNT(*) AS n FROM family_search')).toEqual([{ n: 1 }]);
      return [2, 3];
    });
    expect(ids).toEqual([2, 3]);
  });
  expect(await names()).toEqual([
    { familyId: 1, nameKey: 'anna jansen kees jansen' },
    { familyId: 2, nameKey: 'fleur de vries bas de vries' },
    { familyId: 3, nameKey: 'tim bakker' },
  ]);
  expect(await query('SELECT COUNT(*) AS n FROM family_search_deferred')).toEqual([{ n: 0 }]);

  await db.dataSource.undoLastMigration();
  expect(await query(`SELECT name FROM sqlite_master WHERE name = 'family_search_deferred'`)).toEqual([]);
  await query(`${PEOPLE} ${person(3, 'Noor', 'Bakker')}`);
  expect((await names())[2]).toEqual({ familyId: 3, nameKey: 'tim bakker noor bakker' });
});
