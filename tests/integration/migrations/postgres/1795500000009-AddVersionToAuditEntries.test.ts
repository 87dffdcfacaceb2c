import { afterEach, expect, it } from 'vitest';
import type { TestDatabase } from '../../../support/database';
import { migrateAcross } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

const insert = (columns: string, values: string) =>
  `INSERT INTO "audit_entry" ("at", "actor", "operation", "entityType", "entityId", "changes"${columns})
  VALUES ('2026-11-23T10:00:00Z', 'fatima', 'families.update', 'family', 1, '[]'${values})`;

it('gives audit entries a version, empty for the entries made before', async () => {
  db = await migrateAcross(10, (query) => query(insert('', '')));
  await db.dataSource.query(insert(', "version"', ', 3'));
  expect(await db.dataSource.query(`SELECT "version" FROM "audit_entry" ORDER BY "id"`)).toEqual([
    { version: null },
    { version: 3 },
  ]);
});
