import type { SettingsDto, SettingsUpdate } from '../../../shared/api/settings';
import { AppSettingsEntity, SETTINGS_ID, type AppSettings } from '../../db/entities/AppSettings';
import { timestamp } from '../clock';
import type { ServiceContext } from '../context';
import { claimVersion } from '../errors';

export async function getSettings({ manager }: ServiceContext): Promise<SettingsDto> {
  return toSettingsDto(await manager.findOneByOrFail(AppSettingsEntity, { id: SETTINGS_ID }));
}

export async function updateSettings(ctx: ServiceContext, input: SettingsUpdate): Promise<SettingsDto> {
  const { version, ...fields } = input;
  const settings = await ctx.manager.findOneByOrFail(AppSettingsEntity, { id: SETTINGS_ID });
  await claimVersion(ctx, AppSettingsEntity, settings, version);
  const given = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  Object.assign(settings, given, { updatedAt: timestamp(ctx.clock) });
  await ctx.manager.save(AppSettingsEntity, settings);
  return toSettingsDto(settings);
}

function toSettingsDto(row: AppSettings): SettingsDto {
  const { createdAt, updatedAt, ...fields } = row;
  return { ...fields, vogAllAdults: Boolean(row.vogAllAdults) };
}
