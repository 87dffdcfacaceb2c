import { currentDate } from '../clock';
import type { AreaHandlers } from '../handler';
import { getSettings, updateSettings } from './settings';
import { systemInfo, type DataPaths } from './system';

export function settingsHandlers(paths: DataPaths) {
  return {
    'settings.get': { run: getSettings },
    'settings.update': { run: updateSettings, audits: 'settings' },
    'system.info': { run: () => Promise.resolve(systemInfo(paths)) },
    'system.today': { run: (ctx) => Promise.resolve({ date: currentDate(ctx.clock) }) },
  } satisfies AreaHandlers<'settings.' | 'system.'>;
}
