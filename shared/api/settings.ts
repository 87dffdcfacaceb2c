import { z } from 'zod';
import { operation } from './operation';
import { optionalText, version } from './fields';

export const settingsUpdate = z.object({
  employeeName: optionalText('Uw naam', 100),
  overdueDays: z
    .number({ error: 'Vul een aantal dagen in.' })
    .int({ error: 'Vul een heel aantal dagen in.' })
    .min(1, { error: 'Vul minstens 1 dag in.' })
    .max(365, { error: 'Vul hoogstens 365 dagen in.' }),
  version,
});
export type SettingsFormValues = z.input<typeof settingsUpdate>;
export type SettingsUpdate = z.output<typeof settingsUpdate>;

export interface SettingsDto {
  /** Always 1: the settings are one record. */
  id: number;
  employeeName: string | null;
  overdueDays: number;
  version: number;
}

export interface BackupDto {
  fileName: string;
  createdAt: string;
  sizeBytes: number;
}

export interface SystemInfoDto {
  dataFolder: string;
  databaseFile: string;
  backups: BackupDto[];
}

export const settingsOperations = {
  'settings.get': operation<SettingsDto>()(z.object({})),
  'settings.update': operation<SettingsDto>()(settingsUpdate),
  'system.info': operation<SystemInfoDto>()(z.object({})),
};
