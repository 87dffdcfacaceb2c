import type { ImportFile, ImportMapping, ImportPreview } from '../../../shared/api/imports';
import type { CheckedRow } from './rows';

/** What the main process hands the import worker (as its workerData). */
export interface ReadRequest {
  fileName: string;
  contentBase64: string;
  mapping: ImportMapping | null;
  remembered: ImportFile['remembered'];
  /** The clock's today (dates in the future are refused): the worker has no clock of its own. */
  today: string;
}

export type WorkerMessage =
  | {
      type: 'header';
      headers: string[];
      layout: string;
      mapping: ImportMapping;
      source: ImportPreview['mappingSource'];
    }
  | { type: 'rows'; rows: CheckedRow[]; rowsRead: number; fraction: number }
  | { type: 'done'; rowsRead: number }
  | { type: 'failed'; message: string };
