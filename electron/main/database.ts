import { dialog } from 'electron';
import type { DataSource } from 'typeorm';
import { NewerDatabaseError, openDatabase } from '../db/open';
import type { Keychain } from '../services/desktop';
import { startupConnection, writeSavedConnection } from '../services/settings/computer';
import type { DataPaths } from '../services/settings/system';

const RETRY = 0;
const LOCAL = 1;

/**
 * Opens the database this computer works in. When the shared database cannot be reached, the
 * colleague chooses: try again, work in this computer's own file for now, or stop.
 */
export async function openConfiguredDatabase(paths: DataPaths, keychain: Keychain | null): Promise<DataSource> {
  for (;;) {
    try {
      const connection = startupConnection(paths.dataFolder, paths.databaseFile, keychain);
      return await openDatabase(connection, { backupFolder: paths.backupFolder });
    } catch (error) {
      const shared = startupIsShared(paths);
      if (!shared || error instanceof NewerDatabaseError) throw error;
      const choice = dialog.showMessageBoxSync({
        type: 'warning',
        title: 'Buurtgezinnen Backoffice',
        message: 'De gedeelde database is niet bereikbaar.',
        detail:
          'Controleer de netwerkverbinding of vraag de beheerder. U kunt ook tijdelijk in het eigen bestand van ' +
          'deze computer werken; dat ziet uw collega’s werk niet.',
        buttons: ['Opnieuw proberen', 'Op deze computer werken', 'Stoppen'],
        defaultId: RETRY,
        cancelId: 2,
      });
      if (choice === LOCAL) writeSavedConnection(paths.dataFolder, { engine: 'sqlite' });
      else if (choice !== RETRY) throw error;
    }
  }
}

function startupIsShared(paths: DataPaths): boolean {
  try {
    return startupConnection(paths.dataFolder, paths.databaseFile, null).engine !== 'sqlite';
  } catch {
    return true;
  }
}
