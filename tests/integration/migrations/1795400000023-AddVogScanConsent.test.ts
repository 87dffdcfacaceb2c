import { afterEach, expect, it } from 'vitest';
import { migrations } from '../../../electron/db/migrations';
import { AddVogScanConsent1795400000023 } from '../../../electron/db/migrations/1795400000023-AddVogScanConsent';
import type { TestDatabase } from '../../support/database';
import { migrateAcross } from './helpers';
import { insertVogWithScan } from './vog-seed';

let db: TestDatabase;
afterEach(() => db.close());

it('records no consent for a scan kept before, so it can be removed', async () => {
  db = await migrateAcross(migrations.indexOf(AddVogScanConsent1795400000023) + 1, insertVogWithScan);
  const query = (sql: string) => db.dataSource.query<unknown[]>(sql);
  expect(await query('SELECT scanFileId, scanConsentDate FROM vog')).toEqual([
    { scanFileId: 1, scanConsentDate: null },
  ]);
});
