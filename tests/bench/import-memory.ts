import path from 'node:path';
import { progressOf } from '../../electron/services/imports/read-job';
import {
  MAX_IMPORT_ROWS,
  TOO_MANY_ROWS_MESSAGE,
  type ImportPreview,
  type ImportResult,
} from '../../shared/api/imports';
import { csvOf, largeImportRows, xlsxOf } from '../support/import-file';
import { data, workArea } from '../support/registrations';
import { openBenchDatabase } from './engines';

/**
 * Memory and time of importing a long list (preview, then commit) on SQLite, and how long the
 * queue waits meanwhile: the file is read in a worker outside the queue, so a colleague's list
 * (or this user's own next click) should not wait for the reading. `tsx tests/bench/import-memory.ts`.
 */
export interface ImportRun {
  format: 'csv' | 'xlsx';
  rows: number;
  fileMb: number;
  previewSeconds: number;
  /** Null when the preview refused the file (more rows than one import takes). */
  commitSeconds: number | null;
  /** Process RSS (main thread and worker together): before the run, and the highest seen during it. */
  rssBeforeMb: number;
  rssPeakMb: number;
  /** registrations.queue asked every 50 ms during the preview, by the phase it was asked in. */
  queueWhileReading: Latency;
  queueWhileChecking: Latency;
}

interface Latency {
  asked: number;
  p50: number;
  p95: number;
  max: number;
}

const QUEUE = {
  statuses: [],
  kind: null,
  municipalityId: null,
  outsideWorkArea: false,
  channel: null,
  waitingLongerThanDays: null,
  search: '',
  limit: 50,
};

const mb = (bytes: number) => bytes / 2 ** 20;

function latency(times: number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { asked: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0 };
}

async function run(format: 'csv' | 'xlsx', rows: number): Promise<ImportRun> {
  const bytes = format === 'csv' ? csvOf(largeImportRows(rows, 1000)) : await xlsxOf(largeImportRows(rows, 1000));
  const database = await openBenchDatabase('sqlite');
  try {
    const { dispatch } = database;
    await workArea(dispatch);
    const jobId = crypto.randomUUID();
    const file = { fileName: `lijst-${rows}.${format}`, contentBase64: bytes.toString('base64'), mapping: null, jobId };
    (globalThis as { gc?: () => void }).gc?.();
    const rssBefore = process.memoryUsage.rss();
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage.rss())), 20);

    const waits = { reading: [] as number[], checking: [] as number[] };
    let previewing = true;
    const asking = (async () => {
      while (previewing) {
        const phase = progressOf(jobId).phase;
        const start = performance.now();
        data(await dispatch('registrations.queue', QUEUE));
        const took = performance.now() - start;
        if (phase === 'reading' || phase === 'checking') waits[phase].push(took);
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, 50 - took)));
      }
    })();
    const previewStart = performance.now();
    const answer = await dispatch('imports.preview', file);
    const previewSeconds = (performance.now() - previewStart) / 1000;
    previewing = false;
    await asking;
    let commitSeconds: number | null = null;
    if (rows > MAX_IMPORT_ROWS) {
      if (answer.ok || answer.error.message !== TOO_MANY_ROWS_MESSAGE)
        throw new Error(`a file of ${rows} rows was not refused: ${JSON.stringify(answer).slice(0, 200)}`);
    } else {
      const preview = data<ImportPreview>(answer);
      const commitStart = performance.now();
      const result = data<ImportResult>(await dispatch('imports.commit', { ...file, mapping: preview.mapping }));
      commitSeconds = (performance.now() - commitStart) / 1000;
      if (result.imported !== preview.counts.new || preview.counts.new !== rows - Math.floor(rows / 1000))
        throw new Error(`imported ${result.imported} of ${rows} rows (${JSON.stringify(preview.counts)})`);
    }
    clearInterval(sampler);
    rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
    return {
      format,
      rows,
      fileMb: mb(bytes.length),
      previewSeconds,
      commitSeconds,
      rssBeforeMb: mb(rssBefore),
      rssPeakMb: mb(rssPeak),
      queueWhileReading: latency(waits.reading),
      queueWhileChecking: latency(waits.checking),
    };
  } finally {
    await database.remove();
  }
}

export async function benchImportMemory(sizes: number[], log: (line: string) => void = () => undefined) {
  const runs: ImportRun[] = [];
  for (const rows of sizes) {
    for (const format of ['csv', 'xlsx'] as const) {
      runs.push(await run(format, rows));
      log(`import ${rows} ${format}: ${JSON.stringify(runs.at(-1))}`);
    }
  }
  return runs;
}

const n = (value: number) => value.toLocaleString('en-GB');
const lat = (l: Latency) =>
  l.asked === 0 ? '–' : `${l.p50.toFixed(1)} / ${l.p95.toFixed(1)} / ${l.max.toFixed(0)} (${l.asked}×)`;

export function importMemorySection(runs: ImportRun[]): string {
  const rows = runs.map(
    (r) =>
      `| ${n(r.rows)} | ${r.format} | ${r.fileMb.toFixed(1)} | ${r.previewSeconds.toFixed(1)} | ${r.commitSeconds === null ? 'refused: more than 25,000 rows' : r.commitSeconds.toFixed(1)} | ${Math.round(r.rssBeforeMb)} → ${Math.round(r.rssPeakMb)} | ${lat(r.queueWhileReading)} | ${lat(r.queueWhileChecking)} |`,
  );
  return `## Een lange lijst importeren

Preview then import of a referrer's list on SQLite (every 1,000th row invalid), through the dispatcher. The
file is read and checked row by row in a worker thread outside the queue (heap capped); the database part
(werkgebied, duplicates, inserts) runs in the transaction. RSS is the whole process, worker included.
One import takes at most 25,000 rows (\`MAX_IMPORT_ROWS\`): it is one transaction, which on one computer's
database holds every colleague's work until written; a longer file is refused as soon as its 25,001st row
is read, and the user splits it.
Queue latency: \`registrations.queue\` asked every 50 ms during the preview, p50 / p95 / max in ms, split by
whether the worker was reading or the preview was checking against the database (inside the queue).

| rows | format | file (MB) | preview (s) | import (s) | RSS before → peak (MB) | queue while reading | queue while checking |
|---:|---|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}
`;
}

if (path.resolve(process.argv[1] ?? '') === __filename) {
  const sizes = (process.env.BENCH_IMPORT_ROWS ?? '10000,25000,200000').split(',').map(Number);
  benchImportMemory(sizes, (line) => console.error(line))
    .then((runs) => console.log(importMemorySection(runs)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
