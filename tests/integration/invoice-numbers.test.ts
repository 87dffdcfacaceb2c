import { afterEach, beforeEach, expect, it } from 'vitest';
import { nextInvoiceNumber } from '../../electron/services/invoicing/numbers';
import { openTestDatabase, type TestDatabase } from '../support/database';

let db: TestDatabase;
beforeEach(async () => {
  db = await openTestDatabase();
});
afterEach(() => db.close());

/** Like the handler layer: every finalisation in a transaction of its own, all queued at once. */
function finaliseAtOnce(count: number, year: number, failEvery = 0): Promise<PromiseSettledResult<string>[]> {
  let queue: Promise<unknown> = Promise.resolve();
  return Promise.allSettled(
    Array.from({ length: count }, (_, i) => {
      const run = () =>
        db.dataSource.transaction(async (manager) => {
          const number = await nextInvoiceNumber(manager, year);
          if (failEvery && i % failEvery === failEvery - 1)
            throw new Error('finalisation failed after taking a number');
          return number;
        });
      const result = queue.then(run, run);
      queue = result.catch(() => undefined);
      return result;
    }),
  );
}

it('gives many invoices finalised at once consecutive numbers, without gaps or duplicates', async () => {
  const results = await finaliseAtOnce(60, 2026);
  const numbers = results.map((r) => (r.status === 'fulfilled' ? r.value : 'failed'));
  expect(numbers).toEqual(Array.from({ length: 60 }, (_, i) => `2026-${String(i + 1).padStart(4, '0')}`));
});

it('takes back the number of a finalisation that failed, so the sequence has no gap', async () => {
  const results = await finaliseAtOnce(12, 2026, 3);
  const numbers = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  expect(numbers).toEqual(Array.from({ length: 8 }, (_, i) => `2026-${String(i + 1).padStart(4, '0')}`));
});

it('starts every year at 0001', async () => {
  await finaliseAtOnce(3, 2026);
  const [next] = await finaliseAtOnce(1, 2027);
  expect(next).toEqual({ status: 'fulfilled', value: '2027-0001' });
});
