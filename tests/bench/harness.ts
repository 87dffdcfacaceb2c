import os from 'node:os';

export interface Measurement {
  name: string;
  runs: number;
  p50: number;
  p95: number;
  /** The same result in plain SQL on the same data and connection, where there is one. */
  floor?: { p50: number; p95: number };
}

/** Runs `work` a few times to warm up, then `runs` times, and returns p50/p95 in milliseconds. */
export async function measure(runs: number, work: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < Math.min(20, runs); i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { p50: at(0.5), p95: at(0.95) };
}

export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
}

const ms = (value: number) => value.toFixed(2);

export function table(rows: Measurement[]): string {
  const lines = [
    '| measurement | runs | p50 ms | p95 ms | floor p50 ms | floor p95 ms | p95 / floor |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const row of rows) {
    const floor = row.floor
      ? [ms(row.floor.p50), ms(row.floor.p95), (row.p95 / row.floor.p95).toFixed(1) + '×']
      : ['–', '–', '–'];
    lines.push(`| ${row.name} | ${row.runs} | ${ms(row.p50)} | ${ms(row.p95)} | ${floor.join(' | ')} |`);
  }
  return lines.join('\n');
}
