import type { AreaHandlers } from '../handler';
import { familyAccessFile } from './access-export';

export const privacyHandlers = {
  'privacy.accessExport': { run: familyAccessFile },
} satisfies AreaHandlers<'privacy.'>;
