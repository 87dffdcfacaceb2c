import { afterEach, expect, it } from 'vitest';
import { postgresMigrations } from '../../../../electron/db/migrations/postgres';
import { AddVogScanConsent1795500000016 } from '../../../../electron/db/migrations/postgres/1795500000016-AddVogScanConsent';
import type { TestDatabase } from '../../../support/database';
import { insertVogWithScan } from '../vog-seed';
import { migrateAcross } from './helpers';

let db: TestDatabase;
afterEach(() => db.close());

it('records no consent for a scan kept before, so it can be removed', async () => {
  db = await migrateAcross(postgresMigrations.indexOf(AddVogScanConsent1795500000016) + 1, insertVogWithScan);
  const query = (sql: string) => db.dataSource.query<unknown[]>(sql);
  expect(await query(`SELECT "scanFileId", "scanConsentDate" FROM "vog"`)).toEqual([
    { scanFileId: 1, scanConsentDate: null },
  ]);
});
