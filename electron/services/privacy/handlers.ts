import type { AreaHandlers } from '../handler';
import { familyAccessFile } from './access-export';
import { familyAccessPdf } from './access-pdf';
import { eraseFamily } from './erasure';
import { listRetentionRules, updateRetentionRules } from './retention-rules';
import { retentionDue, retentionPreview, runRetention } from './retention-run';

export const privacyHandlers = {
  'privacy.accessExport': { run: familyAccessFile },
  'privacy.accessPdf': { run: familyAccessPdf },
  // Without `audits`: the layer's before-and-after would copy every erased value into the trail, so
  // the erasure writes its own line, without values.
  'privacy.erase': { run: eraseFamily },
  'privacy.retentionRules': { run: listRetentionRules },
  'privacy.retentionUpdate': { run: updateRetentionRules, audits: 'settings' },
  'privacy.retentionPreview': { run: retentionPreview },
  // Like the erasure, each anonymised record gets its own history line without values.
  'privacy.retentionRun': { run: runRetention },
  'privacy.retentionDue': { run: retentionDue },
} satisfies AreaHandlers<'privacy.'>;
