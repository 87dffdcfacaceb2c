import type { AreaHandlers } from '../handler';
import { auditHistory } from './audit';

export const auditHandlers = {
  'audit.history': { run: auditHistory },
} satisfies AreaHandlers<'audit.'>;
