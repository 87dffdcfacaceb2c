import { afterEach, expect, it } from 'vitest';
import type { TestDatabase } from '../../support/database';
import { NOW, migrateAcross } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

it("copies each family's kind onto its registrations", async () => {
  db = await migrateAcross(8, async (query) => {
    for (const kind of ['vraag', 'steun']) {
      await query(
        `INSERT INTO family (createdAt, updatedAt, kind, street, houseNumber, postcode, place) VALUES (${NOW}, ${NOW}, '${kind}', 'Dorpsweg', '3', '2042 AA', 'Zandvoort')`,
      );
    }
    for (const familyId of [1, 2, 2]) {
      await query(
        `INSERT INTO registration (createdAt, updatedAt, familyId, receivedDate, channel, status) VALUES (${NOW}, ${NOW}, ${familyId}, '2026-11-01', 'zelf', 'nieuw')`,
      );
    }
  });
  expect(await db.dataSource.query('SELECT familyId, familyKind FROM registration ORDER BY id')).toEqual([
    { familyId: 1, familyKind: 'vraag' },
    { familyId: 2, familyKind: 'steun' },
    { familyId: 2, familyKind: 'steun' },
  ]);
});
