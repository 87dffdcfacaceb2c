import type { AreaHandlers } from '../handler';
import { listAccessLog } from './access-log';
import { auditHistory } from './audit';

export const auditHandlers = {
  'audit.history': { run: auditHistory },
  'accessLog.list': { run: listAccessLog },
} satisfies AreaHandlers<'audit.' | 'accessLog.'>;
