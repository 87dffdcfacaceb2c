import type { EntityManager } from 'typeorm';
import type { VogRules } from '../../../shared/domain/vog/status';
import { AppSettingsEntity, SETTINGS_ID } from '../../db/entities/AppSettings';

export async function vogRules(manager: EntityManager): Promise<VogRules> {
  const settings = await manager.findOneByOrFail(AppSettingsEntity, { id: SETTINGS_ID });
  return {
    allAdults: Boolean(settings.vogAllAdults),
    requestWeeks: settings.vogRequestWeeks,
    newMatchMonths: settings.vogNewMatchMonths,
    renewYears: settings.vogRenewYears,
  };
}
