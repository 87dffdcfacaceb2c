import { EntitySchema } from 'typeorm';
import { baseColumns, type BaseRecord } from './base';

/** The single row (id 1) of the backoffice's own settings. */
export interface AppSettings extends BaseRecord {
  /** Registrations waiting longer than this many days are marked overdue in the queue. */
  overdueDays: number;
  vogAllAdults: boolean;
  vogRequestWeeks: number;
  vogNewMatchMonths: number;
  vogRenewYears: number;
}

export { SETTINGS_ID } from '../../../shared/api/settings';

export const AppSettingsEntity = new EntitySchema<AppSettings>({
  name: 'app_settings',
  columns: {
    ...baseColumns,
    // The one row is written by the migration with id 1; the key is not drawn from a sequence.
    id: { type: 'integer', primary: true },
    overdueDays: { type: 'integer', default: 14 },
    vogAllAdults: { type: 'boolean', default: true },
    vogRequestWeeks: { type: 'integer', default: 8 },
    vogNewMatchMonths: { type: 'integer', default: 3 },
    vogRenewYears: { type: 'integer', default: 3 },
  },
});
