import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import {
  IMPORT_CANCELLED,
  type ImportFile,
  type ImportMapping,
  type ImportPreview,
  type ImportProgress,
} from '../../../shared/api/imports';
import { DomainError } from '../errors';
import { resolveMapping } from './mapping';
import type { CheckedRow } from './rows';
import type { ReadRequest, WorkerMessage } from './worker-protocol';

/** A file read and checked row by row in the worker, before the database has had its say. */
export interface ReadFile {
  /** The file, its mapping and today's date: the same key reads the same rows. */
  key: string;
  headers: string[];
  layout: string;
  mapping: ImportMapping;
  source: ImportPreview['mappingSource'];
  rows: CheckedRow[];
}

/**
 * The worker's heap: a 200,000-row file needs about a quarter of it; a file that needs more is
 * refused with a message instead of taking the computer's memory.
 */
export const WORKER_HEAP_MB = 768;

export const TOO_BIG_TO_READ =
  'Dit bestand is te groot om in één keer te lezen. Splits het in kleinere bestanden (bijvoorbeeld 50.000 rijen per bestand) en importeer die na elkaar.';

interface Job {
  progress: ImportProgress;
  cancel?: () => void;
}

const MAX_JOBS = 50;
/** Readings by the page's job id, for its progress bar and its cancel button. */
const jobs = new Map<string, Job>();
/** The last file read: a commit right after its preview does not read the file again. */
let lastRead: (ReadFile & { file: string }) | null = null;
/** The reading a request's prepare step made, for its run in the transaction. */
const prepared = new WeakMap<ImportFile, ReadFile>();

/** Reads the file in a worker (or takes the last reading of it) before the transaction starts. */
export async function prepareRead(file: ImportFile, today: string, limits = { heapMb: WORKER_HEAP_MB }) {
  const job = startJob(file.jobId);
  const fileKey = createHash('sha256').update(`${file.fileName}\0${today}\0`).update(file.contentBase64).digest('hex');
  if (lastRead?.file === fileKey) {
    const resolved = resolveMapping(file, lastRead.headers);
    if (sameMapping(resolved.mapping, lastRead.mapping)) {
      prepared.set(file, { ...lastRead, source: resolved.source });
      job.progress = { phase: 'checking', rowsRead: lastRead.rows.length, fraction: 1 };
      return;
    }
  }
  const read = await readInWorker(
    {
      fileName: file.fileName,
      contentBase64: file.contentBase64,
      mapping: file.mapping,
      remembered: file.remembered,
      today,
    },
    job,
    limits.heapMb,
  );
  const key = createHash('sha256').update(fileKey).update(JSON.stringify(read.mapping)).digest('hex');
  lastRead = { ...read, key, file: fileKey };
  prepared.set(file, lastRead);
  job.progress = { ...job.progress, phase: 'checking', fraction: 1 };
}

/** The reading made for this very request; the handler layer always prepares before it runs. */
export function preparedRead(file: ImportFile): ReadFile {
  const read = prepared.get(file);
  if (!read) throw new Error('imports: run without prepare');
  return read;
}

/** After an import the rows are in the database: the main process need not hold them any longer. */
export function forgetRead(read: ReadFile): void {
  if (lastRead?.key === read.key) lastRead = null;
}

export function progressOf(jobId: string): ImportProgress {
  return jobs.get(jobId)?.progress ?? { phase: 'waiting', rowsRead: 0, fraction: 0 };
}

export function finishJob(jobId: string | undefined): void {
  const job = jobId ? jobs.get(jobId) : undefined;
  if (job) job.progress = { ...job.progress, phase: 'done' };
}

/** Stops a reading that is still going; its request answers "Import geannuleerd.". */
export function cancelJob(jobId: string): boolean {
  const job = jobs.get(jobId);
  if (!job?.cancel) return false;
  job.cancel();
  return true;
}

function startJob(jobId: string | undefined): Job {
  const job: Job = { progress: { phase: 'reading', rowsRead: 0, fraction: 0 } };
  if (!jobId) return job;
  jobs.delete(jobId);
  jobs.set(jobId, job);
  // The oldest go first: a page that stopped asking leaves nothing behind for long.
  while (jobs.size > MAX_JOBS) jobs.delete(jobs.keys().next().value!);
  return job;
}

function sameMapping(a: ImportMapping, b: ImportMapping): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof ImportMapping>;
  return [...keys].every((key) => (a[key] ?? null) === (b[key] ?? null));
}

function readInWorker(request: ReadRequest, job: Job, heapMb: number): Promise<Omit<ReadFile, 'key'>> {
  const { file, eval: evaluate } = workerEntry();
  const worker = new Worker(file, {
    workerData: request,
    eval: evaluate,
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32 },
    stdout: false,
    stderr: false,
  });
  return new Promise((resolve, reject) => {
    let settled = false;
    let header: Extract<WorkerMessage, { type: 'header' }> | null = null;
    const rows: CheckedRow[] = [];
    const settle = (error: Error | null) => {
      if (settled) return;
      settled = true;
      job.cancel = undefined;
      void worker.terminate();
      if (error) reject(error);
      else
        resolve({
          headers: header!.headers,
          layout: header!.layout,
          mapping: header!.mapping,
          source: header!.source,
          rows,
        });
    };
    job.cancel = () => settle(new DomainError('VALIDATION', IMPORT_CANCELLED));
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'header') header = message;
      else if (message.type === 'rows') {
        for (const row of message.rows) rows.push(row);
        job.progress = { phase: 'reading', rowsRead: message.rowsRead, fraction: message.fraction };
      } else if (message.type === 'failed') settle(fileProblem(message.message));
      else settle(null);
    });
    worker.on('error', (error: Error & { code?: string }) =>
      settle(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? fileProblem(TOO_BIG_TO_READ) : error),
    );
    worker.on('exit', (code) => settle(new Error(`import worker stopped (exit ${code})`)));
  });
}

/** Said at the file field, where the user chose the file. */
function fileProblem(message: string): DomainError {
  return new DomainError('VALIDATION', message, [{ path: 'contentBase64', message }]);
}

/**
 * The worker's own file: beside the built main process (electron-vite builds it as a second entry),
 * or its TypeScript source when the main process runs from source (tests, the bridge), through
 * tsx's require hook (Node 20 does not apply `--import tsx` to a worker's first module in time).
 */
function workerEntry(): { file: string; eval?: boolean } {
  if (__filename.endsWith('.ts')) {
    const tsx = JSON.stringify(createRequire(__filename).resolve('tsx/cjs/api'));
    const source = JSON.stringify(path.join(__dirname, 'worker.ts'));
    return { file: `require(${tsx}).register(); require(${source});`, eval: true };
  }
  const built = [__dirname, path.join(__dirname, '..')].map((folder) => path.join(folder, 'import-worker.js'));
  return { file: built.find((file) => fs.existsSync(file)) ?? built[0] };
}
