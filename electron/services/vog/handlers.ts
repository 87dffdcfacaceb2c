import type { AreaHandlers } from '../handler';
import { bulkRequestVog, changeVog, getVog, listVog } from './vog';
import { vogMatchWarnings } from './warnings';

export const vogHandlers = {
  'vog.list': { run: listVog },
  'vog.get': { run: getVog },
  'vog.change': { run: changeVog, audits: 'vog' },
  'vog.bulkRequest': { run: bulkRequestVog, audits: 'vog' },
  'vog.matchWarnings': { run: vogMatchWarnings },
} satisfies AreaHandlers<'vog.'>;
