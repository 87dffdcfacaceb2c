import { combineAreas } from '../../shared/api/operation';
import type { DatabaseRestore } from '../db/restore';
import { accountHandlers } from './accounts/handlers';
import { auditHandlers } from './audit/handlers';
import type { Desktop } from './desktop';
import { exportHandlers } from './export/handlers';
import type { Handlers } from './handler';
import { importHandlers } from './imports/handlers';
import { insuranceHandlers } from './insurance/handlers';
import { invoicingHandlers } from './invoicing/handlers';
import { presenceHandlers } from './live/handlers';
import { nobodyElse, type Presence } from './live/presence';
import { matchHandlers } from './matches/handlers';
import { municipalityHandlers } from './municipalities/handlers';
import { privacyHandlers } from './privacy/handlers';
import { registrationHandlers } from './registrations/handlers';
import { settingsHandlers } from './settings/handlers';
import { noRestore } from './settings/restore';
import type { DataPaths } from './settings/system';
import { vogHandlers } from './vog/handlers';

/**
 * All handlers; a contract operation without one does not compile. `restore`: whoever holds the
 * SQLite database can put a backup in its place (main, the bridge); elsewhere a restore is refused.
 */
export function createHandlers(
  paths: DataPaths,
  desktop: Desktop,
  presence: Presence = nobodyElse,
  restore: DatabaseRestore = noRestore,
): Handlers {
  return combineAreas(
    accountHandlers,
    municipalityHandlers,
    registrationHandlers,
    importHandlers,
    settingsHandlers(paths, desktop, restore),
    invoicingHandlers,
    matchHandlers(paths, desktop),
    vogHandlers(paths, desktop),
    insuranceHandlers(paths, desktop),
    auditHandlers,
    presenceHandlers(presence),
    exportHandlers,
    privacyHandlers,
  ) satisfies Handlers;
}
