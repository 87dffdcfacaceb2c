import { defineConfig } from 'vitest/config';

// Colleagues in the tests share one process: a SQLite connection waiting for the write lock holds
// one of libuv's threads, so the pool needs more threads than colleagues or the holder cannot go on.
// Set here, before the test processes start, which inherit it.
process.env.UV_THREADPOOL_SIZE ??= '16';

/** The integration tests that run on both engines; each engine's migrations have tests of their own. */
const ON_BOTH_ENGINES = [
  'tests/integration/*.test.ts',
  // The main flows in the browser, through the bridge, once on each engine; clashing edits on
  // SQLite from two bridges on one file, on PostgreSQL as two computers.
  'tests/e2e/{registrations,invoicing,matches,clashes}.test.ts',
];
const POSTGRES_MIGRATIONS = 'tests/integration/migrations/postgres/**';
/** Colleagues at two computers: on SQLite there is one user on one computer. */
const POSTGRES_ONLY = ['tests/e2e/live.test.ts', 'tests/e2e/sign-in.test.ts'];

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // A poll waits for the page to show something, not for a promised speed (a test that promises one
    // says its own timeout); on a busy machine with two cores a second is too short for that.
    expect: { poll: { timeout: 5_000 } },
    // End-to-end files share one machine with two cores; run files one after the other there.
    fileParallelism: false,
    globalSetup: ['tests/support/postgres-server.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'sqlite',
          include: ['tests/{unit,integration,e2e}/**/*.test.ts'],
          exclude: [POSTGRES_MIGRATIONS, ...POSTGRES_ONLY],
        },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: [...ON_BOTH_ENGINES, ...POSTGRES_ONLY, `${POSTGRES_MIGRATIONS}/*.test.ts`],
          // Moving in copies a SQLite database into PostgreSQL: it has both engines in one test.
          exclude: ['tests/integration/transfer.test.ts'],
          env: { BG_TEST_ENGINE: 'postgres' },
        },
      },
    ],
  },
});
