import { afterEach, expect, it } from 'vitest';
import type { TestDatabase } from '../../support/database';
import { NOW, migrateAcross } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

it('gives existing municipalities an empty werkgebied', async () => {
  db = await migrateAcross(3, (query) =>
    query(`INSERT INTO municipality (name, createdAt, updatedAt) VALUES ('Haarlem', ${NOW}, ${NOW})`),
  );
  expect(await db.dataSource.query('SELECT name, postcodeRanges, places FROM municipality')).toEqual([
    { name: 'Haarlem', postcodeRanges: '', places: null },
  ]);
});
