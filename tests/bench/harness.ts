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

/** One engine's figures of a section, in the same order on every engine. */
export interface EngineRows {
  engine: string;
  rows: Measurement[];
}

/** The engines side by side: per measurement one row per engine, the measurement named once. */
export function table(results: EngineRows[]): string {
  const lines = [
    '| measurement | engine | runs | p50 ms | p95 ms | floor p50 ms | floor p95 ms | p95 / floor |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
  ];
  const count = Math.max(...results.map((result) => result.rows.length));
  for (let i = 0; i < count; i++) {
    results.forEach(({ engine, rows }, k) => {
      const row = rows[i];
      if (!row) return;
      const floor = row.floor
        ? [ms(row.floor.p50), ms(row.floor.p95), (row.p95 / row.floor.p95).toFixed(1) + '×']
        : ['–', '–', '–'];
      const name = k === 0 ? row.name : '';
      lines.push(`| ${name} | ${engine} | ${row.runs} | ${ms(row.p50)} | ${ms(row.p95)} | ${floor.join(' | ')} |`);
    });
  }
  return lines.join('\n');
}
