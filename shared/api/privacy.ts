import { z } from 'zod';
import { BACKOFFICE } from './access';
import { id } from './fields';
import type { FileDto } from './invoices';
import { operation } from './operation';

export const privacyOperations = {
  /**
   * Inzage and portability: everything the foundation holds about one family as one JSON file. Its
   * making is logged in the inzagelog like opening the file.
   */
  'privacy.accessExport': operation<FileDto>()(z.object({ id }), {
    roles: BACKOFFICE,
    // Asked once, on request: nothing needs to ask it again when something changes.
    reads: ['family'],
    logsReading: 'family',
  }),
  /** The same as a readable Dutch PDF (base64, as invoices' PDFs), logged the same way. */
  'privacy.accessPdf': operation<FileDto>()(z.object({ id }), {
    roles: BACKOFFICE,
    reads: ['family'],
    logsReading: 'family',
  }),
};
