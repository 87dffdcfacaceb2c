import { z } from 'zod';
import { operation } from './operation';
import { optionalText, version } from './fields';

export const settingsUpdate = z.object({
  employeeName: optionalText('Uw naam', 100),
  version,
});
export type SettingsFormValues = z.input<typeof settingsUpdate>;
export type SettingsUpdate = z.output<typeof settingsUpdate>;

export interface SettingsDto {
  /** Always 1: the settings are one record. */
  id: number;
  employeeName: string | null;
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
