import { afterEach, expect, it } from 'vitest';
import type { TestDatabase } from '../../support/database';
import { NOW, migrateAcross } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

it('gives audit entries a version, empty for the entries made before', async () => {
  db = await migrateAcross(17, (query) =>
    query(
      `INSERT INTO audit_entry (at, actor, operation, entityType, entityId, changes) VALUES (${NOW}, 'Fatima', 'families.update', 'family', 1, '[]')`,
    ),
  );
  await db.dataSource.query(
    `INSERT INTO audit_entry (at, actor, operation, entityType, entityId, changes, version) VALUES (${NOW}, 'Joost', 'families.update', 'family', 1, '[]', 3)`,
  );
  expect(await db.dataSource.query('SELECT actor, version FROM audit_entry ORDER BY id')).toEqual([
    { actor: 'Fatima', version: null },
    { actor: 'Joost', version: 3 },
  ]);
});
