import type { AreaHandlers } from '../handler';
import { familyAccessFile } from './access-export';
import { familyAccessPdf } from './access-pdf';

export const privacyHandlers = {
  'privacy.accessExport': { run: familyAccessFile },
  'privacy.accessPdf': { run: familyAccessPdf },
} satisfies AreaHandlers<'privacy.'>;
