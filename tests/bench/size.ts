/**
 * How big the benchmark runs. The figures in docs/performance.md come from the full size;
 * `BENCH_SMALL=1` is a smoke run of every step at a fraction of the size (a minute or two instead of
 * most of an hour), for checking the benchmark itself on a busy machine. Its figures mean nothing.
 */
export interface BenchSize {
  small: boolean;
  registrations: number;
  /** Runs per measured operation, scaled from the full run's count. */
  runs(full: number): number;
  matches: number;
  pdfs: number;
  importRows: number;
  browserLoads: number;
  load: { seconds: number; clients: number; thinkMs: number };
}

const small = process.env.BENCH_SMALL === '1';

function numberFromEnv(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`${name} must be a number, not "${value}"`);
  return parsed;
}

export const size: BenchSize = {
  small,
  registrations: small ? 2_000 : 100_000,
  runs: (full) => (small ? Math.max(5, Math.round(full / 10)) : full),
  matches: small ? 50 : 500,
  pdfs: small ? 10 : 100,
  importRows: small ? 1_000 : 10_000,
  browserLoads: small ? 3 : 7,
  load: {
    seconds: numberFromEnv('BENCH_LOAD_SECONDS', small ? 20 : 300),
    clients: numberFromEnv('BENCH_LOAD_CLIENTS', 6),
    thinkMs: numberFromEnv('BENCH_LOAD_THINK_MS', 0),
  },
};
