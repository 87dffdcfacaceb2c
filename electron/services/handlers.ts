import { combineAreas } from '../../shared/api/operation';
import { auditHandlers } from './audit/handlers';
import type { Desktop } from './desktop';
import type { Handlers } from './handler';
import { importHandlers } from './imports/handlers';
import { insuranceHandlers } from './insurance/handlers';
import { invoicingHandlers } from './invoicing/handlers';
import { matchHandlers } from './matches/handlers';
import { municipalityHandlers } from './municipalities/handlers';
import { registrationHandlers } from './registrations/handlers';
import { settingsHandlers } from './settings/handlers';
import type { DataPaths } from './settings/system';
import { vogHandlers } from './vog/handlers';

/** All handlers; a contract operation without one does not compile. */
export function createHandlers(paths: DataPaths, desktop: Desktop): Handlers {
  return combineAreas(
    municipalityHandlers,
    registrationHandlers,
    importHandlers,
    settingsHandlers(paths, desktop),
    invoicingHandlers,
    matchHandlers(paths, desktop),
    vogHandlers(paths, desktop),
    insuranceHandlers(paths, desktop),
    auditHandlers,
  ) satisfies Handlers;
}
