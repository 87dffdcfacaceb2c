import { afterEach, beforeEach } from 'vitest';
import type { ApiError } from '../../shared/api/errors';
import { openTestDatabase, testDispatcher, type TestDatabase } from './database';

/**
 * A fresh database per test with a dispatcher whose clock the test sets, and the calls tests make:
 * `call` expects success, `refusal` expects the one error shape.
 */
export function scenario(startsAt: string) {
  const state = {
    db: undefined as unknown as TestDatabase,
    api: undefined as unknown as ReturnType<typeof testDispatcher>,
    now: new Date(startsAt),
  };
  beforeEach(async () => {
    state.db = await openTestDatabase();
    state.now = new Date(startsAt);
    state.api = testDispatcher(state.db, { now: () => state.now });
  });
  afterEach(() => state.db.close());
  return {
    get db() {
      return state.db;
    },
    get api() {
      return state.api;
    },
    setNow: (iso: string) => {
      state.now = new Date(iso);
    },
    call: async <T>(name: string, input: unknown): Promise<T> => {
      const response = await state.api.dispatch(name, input);
      if (!response.ok) throw new Error(`${name}: ${JSON.stringify(response.error)}`);
      return response.data as T;
    },
    refusal: async (name: string, input: unknown): Promise<ApiError> => {
      const response = await state.api.dispatch(name, input);
      if (response.ok) throw new Error(`${name} should have been refused`);
      return response.error;
    },
    countRows: async (table: string): Promise<number> => {
      const [row] = await state.db.dataSource.query<{ n: number | string }[]>(`SELECT COUNT(*) AS n FROM "${table}"`);
      return Number(row.n);
    },
  };
}
