import { afterEach, expect, it } from 'vitest';
import type { TestDatabase } from '../../../support/database';
import { migrateAcross } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

const NOW = `'2026-11-23T10:00:00Z'`;

it('searches any part of a name through the trigram index, for backoffice only', async () => {
  db = await migrateAcross(14, async (query) => {
    await query(`INSERT INTO "family" ("createdAt", "updatedAt", "kind", "street", "houseNumber", "postcode", "place")
      VALUES (${NOW}, ${NOW}, 'vraag', 'Kerkstraat', '12', '2011 AB', 'Haarlem')`);
    await query(`INSERT INTO "person" ("familyId", "firstName", "lastName", "birthDate", "role", "firstNameKey", "lastNameKey")
      VALUES (1, 'Anna', 'van der Heijden', '1988-04-02', 'ouder', 'anna', 'van der heijden')`);
  });
  const query = (sql: string) => db.dataSource.query<Record<string, unknown>[]>(sql);
  const search = `SELECT "id", "familyId", "nameKey" FROM "person_search" WHERE "nameKey" LIKE '%heij%'`;
  expect(await query(search)).toEqual([{ id: 1, familyId: 1, nameKey: 'anna van der heijden' }]);

  await query('SET enable_seqscan = off');
  const plan = (await query(`EXPLAIN ${search}`)).map((row) => row['QUERY PLAN']).join('\n');
  expect(plan).toContain('IDX_person_name_trigram');
  await query('RESET enable_seqscan');

  const privileges = await query(`SELECT
    has_table_privilege('buurtgezinnen_backoffice', 'person_search', 'SELECT') AS "backoffice",
    has_table_privilege('buurtgezinnen_financien', 'person_search', 'SELECT') AS "financien",
    has_table_privilege('buurtgezinnen_beheer', 'person_search', 'SELECT') AS "beheer"`);
  expect(privileges).toEqual([{ backoffice: true, financien: false, beheer: false }]);
});
