import { afterEach, expect, it } from 'vitest';
import { postgresMigrations } from '../../../../electron/db/migrations/postgres';
import { SearchNamesPerFamily1795500000017 } from '../../../../electron/db/migrations/postgres/1795500000017-SearchNamesPerFamily';
import type { TestDatabase } from '../../../support/database';
import { FAMILY, migrateAcross, PEOPLE, person } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

it('holds a row of names per family, kept by every statement on people, read by backoffice only', async () => {
  db = await migrateAcross(postgresMigrations.indexOf(SearchNamesPerFamily1795500000017) + 1, async (query) => {
    await query(FAMILY);
    await query(`${PEOPLE} ${person(1, 'Anna', 'van der Heijden')}, ${person(1, 'Kees', 'Jansen')}`);
  });
  const query = (sql: string) => db.dataSource.query<Record<string, unknown>[]>(sql);
  const names = () => query(`SELECT "familyId", "nameKey" FROM "family_search" ORDER BY "familyId"`);
  expect(await names()).toEqual([{ familyId: 1, nameKey: 'anna van der heijden kees jansen' }]);

  await query(FAMILY);
  await query(`${PEOPLE} ${person(2, 'Fleur', 'Jansen-de Vries')}, ${person(2, 'Tim', 'van der Heijden')}`);
  await query(`UPDATE "person" SET "familyId" = 1, "lastNameKey" = 'de boer' WHERE "id" = 4`);
  await query(`DELETE FROM "person" WHERE "id" = 3`);
  expect(await names()).toEqual([{ familyId: 1, nameKey: 'anna van der heijden kees jansen tim de boer' }]);

  const search = `SELECT "familyId" FROM "family_search" WHERE "nameKey" LIKE '%heij%'`;
  await query('SET enable_seqscan = off');
  const plan = (await query(`EXPLAIN ${search}`)).map((row) => row['QUERY PLAN']).join('\n');
  expect(plan).toContain('IDX_family_search_trigram');
  await query('RESET enable_seqscan');

  const privileges = await query(`SELECT
    has_table_privilege('buurtgezinnen_backoffice', 'family_search', 'SELECT') AS "backoffice",
    has_table_privilege('buurtgezinnen_backoffice', 'family_search', 'INSERT') AS "writes",
    has_table_privilege('buurtgezinnen_financien', 'family_search', 'SELECT') AS "financien"`);
  expect(privileges).toEqual([{ backoffice: true, writes: false, financien: false }]);

  await query(`DELETE FROM "family" WHERE "id" = 1`);
  expect(await names()).toEqual([]);
});
