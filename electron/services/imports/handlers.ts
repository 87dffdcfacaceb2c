import type { AreaHandlers } from '../handler';
import { commitImport, previewImport } from './imports';
import { cancelJob, prepareRead, progressOf } from './read-job';

export const importHandlers = {
  // Reading the file happens in prepare, in a worker and outside the queue: other operations go on meanwhile.
  'imports.preview': { prepare: prepareRead, run: previewImport },
  'imports.commit': { prepare: prepareRead, run: commitImport, audits: 'import' },
  'imports.progress': { run: (_ctx, { jobId }) => Promise.resolve(progressOf(jobId)) },
  'imports.cancel': { run: (_ctx, { jobId }) => Promise.resolve({ cancelled: cancelJob(jobId) }) },
} satisfies AreaHandlers<'imports.'>;
