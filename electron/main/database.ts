import { dialog } from 'electron';
import type { DatabaseConnection } from '../db/connection';
import { NewerDatabaseError } from '../db/open';
import type { Keychain } from '../services/desktop';
import { isRefusedLogin, type OpenSession } from '../services/session/gate';
import {
  MissingPasswordError,
  signInTarget,
  startupConnection,
  writeSavedConnection,
} from '../services/settings/computer';
import type { DataPaths } from '../services/settings/system';

const RETRY = 0;
const LOCAL = 1;

/**
 * Opens the database this computer works in, signed in when it can be: its own file, or the shared
 * database with a remembered password. Without one, or when the server refuses it, the page asks
 * the colleague to sign in. When the shared database cannot be reached, the colleague chooses: try
 * again, work in this computer's own file for now, or stop.
 */
export async function openConfiguredSession(
  paths: DataPaths,
  keychain: Keychain | null,
  open: (connection: DatabaseConnection) => Promise<OpenSession>,
): Promise<OpenSession | null> {
  for (;;) {
    try {
      return await open(startupConnection(paths.dataFolder, paths.databaseFile, keychain));
    } catch (error) {
      if (error instanceof MissingPasswordError) return null;
      if (isRefusedLogin(error)) return null;
      if (!signInTarget(paths.dataFolder) || error instanceof NewerDatabaseError) throw error;
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
