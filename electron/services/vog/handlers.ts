import type { Desktop } from '../desktop';
import type { AreaHandlers } from '../handler';
import type { DataPaths } from '../settings/system';
import {
  attachVogScan,
  bulkRequestVog,
  changeVog,
  getVog,
  listVog,
  openVogScan,
  removeScansWithoutConsent,
  removeVogScan,
} from './vog';
import { vogMatchWarnings } from './warnings';

export function vogHandlers(paths: DataPaths, desktop: Desktop) {
  return {
    'vog.list': { run: listVog },
    'vog.get': { run: getVog },
    'vog.change': { run: changeVog, audits: 'vog' },
    'vog.bulkRequest': { run: bulkRequestVog, audits: 'vog' },
    'vog.matchWarnings': { run: vogMatchWarnings },
    'vog.attachScan': { run: (ctx, input) => attachVogScan(ctx, input), audits: 'vog' },
    'vog.openScan': { run: (ctx, input) => openVogScan(ctx, input, paths, desktop) },
    'vog.removeScan': { run: removeVogScan, audits: 'vog' },
    'vog.removeScansWithoutConsent': { run: removeScansWithoutConsent, audits: 'vog' },
  } satisfies AreaHandlers<'vog.'>;
}
