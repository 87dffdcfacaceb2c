/**
 * The import worker: reads one file and checks its rows, away from the main process's event loop
 * and inside a memory limit of its own. Posts the header, then the checked rows in batches; the
 * main process adds what needs the database (werkgebied, duplicates).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { MAX_IMPORT_ROWS, TOO_MANY_ROWS_MESSAGE, type ImportMapping } from '../../../shared/api/imports';
import { layoutOf, resolveMapping } from './mapping';
import { readTable } from './read';
import { checkRow, type CheckedRow } from './rows';
import { FileProblem } from './sniff';
import type { ReadRequest, WorkerMessage } from './worker-protocol';

/**
 * Rows per message: the main process takes each batch in one go on its event loop, so a batch is
 * kept small enough that an operation arriving meanwhile hardly waits.
 */
const BATCH = 250;

function post(message: WorkerMessage) {
  parentPort!.postMessage(message);
}

async function main({ fileName, contentBase64, mapping: asked, remembered, today }: ReadRequest) {
  let mapping: ImportMapping = {};
  let batch: CheckedRow[] = [];
  let rowsRead = 0;
  let fraction = 0;
  const flush = () => {
    post({ type: 'rows', rows: batch, rowsRead, fraction });
    batch = [];
  };
  await readTable(fileName, Buffer.from(contentBase64, 'base64'), {
    header(headers) {
      const resolved = resolveMapping({ mapping: asked, remembered }, headers);
      mapping = resolved.mapping;
      post({ type: 'header', headers, layout: layoutOf(headers), ...resolved });
    },
    row(cells, rowNumber) {
      rowsRead += 1;
      if (rowsRead > MAX_IMPORT_ROWS) throw new FileProblem(TOO_MANY_ROWS_MESSAGE);
      batch.push(checkRow(cells, rowNumber, mapping, today));
      if (batch.length === BATCH) flush();
    },
    progress(read) {
      fraction = read;
    },
  });
  fraction = 1;
  flush();
  post({ type: 'done', rowsRead });
}

main(workerData as ReadRequest).catch((error: unknown) => {
  // What the reader could name goes back as a message; anything else ends the worker with its error.
  if (error instanceof FileProblem) post({ type: 'failed', message: error.message });
  else throw error;
});
