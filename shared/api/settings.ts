import { z } from 'zod';
import { ADMIN, EVERYONE, RECORD_KINDS } from './access';
import { version } from './fields';
import { operation } from './operation';

/** The settings are one record, with this id: their history is kept under it. */
export const SETTINGS_ID = 1;

const whole = (unit: string, min: number, max: number) =>
  z
    .number({ error: `Vul een aantal ${unit} in.` })
    .int({ error: `Vul een heel aantal ${unit} in.` })
    .min(min, { error: `Vul minstens ${min} in.` })
    .max(max, { error: `Vul hoogstens ${max} in.` });

/**
 * The settings as the form holds them; saving adds the version they were loaded at. The VOG rules
 * may be left out by a caller that changes only the other settings.
 */
export const settingsFields = z.object({
  overdueDays: whole('dagen', 1, 365),
  vogAllAdults: z.boolean().optional(),
  vogRequestWeeks: whole('weken', 1, 52).optional(),
  vogNewMatchMonths: whole('maanden', 1, 24).optional(),
  vogRenewYears: whole('jaren', 1, 10).optional(),
});
export const settingsUpdate = settingsFields.safeExtend({ version });
export type SettingsUpdate = z.output<typeof settingsUpdate>;

export interface SettingsDto {
  /** Always 1: the settings are one record. */
  id: number;
  overdueDays: number;
  vogAllAdults: boolean;
  vogRequestWeeks: number;
  vogNewMatchMonths: number;
  vogRenewYears: number;
  version: number;
}

interface BackupDto {
  fileName: string;
  createdAt: string;
  sizeBytes: number;
}

export interface SystemInfoDto {
  dataFolder: string;
  databaseFile: string;
  backups: BackupDto[];
}

/** A backup chosen from the list: its file name only, never a path; the main process looks it up in its backup folder. */
export const backupChoice = z.object({
  fileName: z
    .string()
    .regex(/^buurtgezinnen-[\w-]+\.sqlite$/, { error: 'Kies een reservekopie uit de lijst.' })
    .max(200),
});

export interface BackupRestoredDto {
  restored: string;
  /** The reservekopie the database from before the restore was kept as, in the same folder. */
  keptAs: string;
}

/** The calendar date in the Netherlands by the main process's clock: the app's one "today". */
export interface TodayDto {
  date: string;
}

export const settingsOperations = {
  'settings.get': operation<SettingsDto>()(z.object({}), { roles: EVERYONE, reads: ['settings'] }),
  'settings.update': operation<SettingsDto>()(settingsUpdate, { roles: ADMIN, changes: ['settings'] }),
  'system.info': operation<SystemInfoDto>()(z.object({}), { roles: EVERYONE, reads: [] }),
  'system.today': operation<TodayDto>()(z.object({}), { roles: EVERYONE, reads: [] }),
  // A restore puts back every kind of record at once.
  'system.restoreBackup': operation<BackupRestoredDto>()(backupChoice, { roles: ADMIN, changes: RECORD_KINDS }),
};
