import type { DatabaseRestore } from '../../db/restore';
import { currentDate } from '../clock';
import type { Desktop } from '../desktop';
import type { AreaHandlers } from '../handler';
import { connectionInfo, saveConnection, testConnection, transferToSharedDatabase } from './connection';
import { restoreBackup } from './restore';
import { getSettings, updateSettings } from './settings';
import { systemInfo, type DataPaths } from './system';

export function settingsHandlers(paths: DataPaths, desktop: Desktop, restore: DatabaseRestore) {
  return {
    'connection.get': {
      run: (ctx) => Promise.resolve(connectionInfo(ctx.manager, paths.dataFolder, desktop.keychain)),
    },
    'connection.test': { run: (_ctx, input) => testConnection(input) },
    'connection.save': { run: (ctx, input) => saveConnection(ctx, input, paths.dataFolder, desktop.keychain) },
    'connection.transfer': {
      run: (ctx, input) => transferToSharedDatabase(ctx, input, paths.dataFolder, desktop.keychain),
    },
    'settings.get': { run: getSettings },
    'settings.update': { run: updateSettings, audits: 'settings' },
    'system.info': { run: () => Promise.resolve(systemInfo(paths)) },
    'system.today': { run: (ctx) => Promise.resolve({ date: currentDate(ctx.clock) }) },
    'system.restoreBackup': { run: (ctx, input) => restoreBackup(ctx, input, paths, restore) },
  } satisfies AreaHandlers<'settings.' | 'system.' | 'connection.'>;
}
