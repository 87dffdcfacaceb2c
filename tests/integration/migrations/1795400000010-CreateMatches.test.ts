import { afterEach, expect, it } from 'vitest';
import type { TestDatabase } from '../../support/database';
import { migrateAcross } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

it('adds matches, their documents and the first versions of both templates', async () => {
  db = await migrateAcross(11, () => Promise.resolve());
  const query = (sql: string) => db.dataSource.query(sql);
  expect(await query('SELECT kind, templateVersion, title FROM document_template ORDER BY kind')).toEqual([
    { kind: 'contract', templateVersion: 1, title: 'Samenwerkingsafspraken' },
    { kind: 'huisregels', templateVersion: 1, title: 'Huisregels' },
  ]);
  await expect(
    query(
      `INSERT INTO document_template (kind, templateVersion, title, body, createdAt, actor) VALUES ('contract', 1, 'x', 'x', 'now', 'x')`,
    ),
  ).rejects.toThrow(/UNIQUE/);
  expect(await query('SELECT COUNT(*) AS n FROM "match"')).toEqual([{ n: 0 }]);
});
