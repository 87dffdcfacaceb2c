import os from 'node:os';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { LIVE_CHANNEL } from '../../shared/api/channel';
import type { DatabaseConnection } from '../db/connection';
import { engineOf } from '../db/engine';
import { NetworkDriveError } from '../db/network-drive';
import { NewerDatabaseError } from '../db/open';
import { createSessionGate, type SessionGate } from '../services/session/gate';
import { rememberSignIn, signInTarget } from '../services/settings/computer';
import { protectDataFolder } from '../services/settings/data-folder';
import { DatabaseKeyError } from '../services/settings/database-key';
import { openConfiguredSession } from './database';
import { electronDesktop } from './desktop';
import { registerApi } from './ipc/register';
import { createLogger, logStartFailure } from './logger';
import { installDutchMenu } from './menu';
import { openSession, type SessionParts, type WorkingSession } from './session';
import { createMainWindow, hardenSession } from './window';

const HOUR_MS = 60 * 60 * 1000;

let mainWindow: BrowserWindow | null = null;
let gate: SessionGate | null = null;

function appUrl(): string {
  const devServer = process.env.ELECTRON_RENDERER_URL;
  return devServer ?? new URL(`file://${path.join(__dirname, '../renderer/index.html')}`).toString();
}

async function start() {
  const dataFolder = app.getPath('userData');
  protectDataFolder(dataFolder);
  const paths = {
    dataFolder,
    databaseFile: path.join(dataFolder, 'buurtgezinnen.sqlite'),
    backupFolder: path.join(dataFolder, 'backups'),
  };
  const log = createLogger(dataFolder);
  log.info(`starting version ${app.getVersion()}`);
  const desktop = electronDesktop(dataFolder);
  const parts: SessionParts = {
    paths,
    desktop,
    computerUser: os.userInfo().username,
    log,
    onChange: (change) => mainWindow?.webContents.send(LIVE_CHANNEL, change),
  };
  const open = (connection: DatabaseConnection) => openSession(connection, parts);
  const initial = await openConfiguredSession(paths, desktop.keychain, open);
  gate = createSessionGate(
    {
      // Asked after opening: a colleague who chose to work in this computer's own file signs in nowhere.
      target: signInTarget(dataFolder),
      open,
      remember: (connection, keep) => rememberSignIn(dataFolder, connection, keep, desktop.keychain),
    },
    initial,
  );
  const signedIn = gate;
  const dailyBackup = () => {
    const session = signedIn.current() as WorkingSession | null;
    if (!session) return Promise.resolve();
    const { dataSource, dispatcher } = session;
    return dispatcher
      .exclusive(() => engineOf(dataSource).dailyMaintenance(dataSource, paths.backupFolder))
      .catch((error: Error) => log.error(`daily maintenance failed: ${error.name}`));
  };
  await dailyBackup();
  setInterval(() => void dailyBackup(), HOUR_MS);

  hardenSession();
  installDutchMenu(process.platform === 'darwin');
  registerApi(ipcMain, gate.dispatch, appUrl);
  mainWindow = createMainWindow(path.join(__dirname, '../preload/index.js'), appUrl(), dataFolder);
  mainWindow.on('closed', () => (mainWindow = null));
}

function showStartError(error: unknown) {
  const message =
    error instanceof NewerDatabaseError
      ? 'De gegevens zijn gemaakt met een nieuwere versie van de app. Installeer de nieuwste versie.'
      : error instanceof DatabaseKeyError
        ? 'Het gegevensbestand is versleuteld met een sleutel die alleen het account kan lezen waarmee het is gemaakt. ' +
          'Meld u op deze computer aan met dat account, of zet een back-up terug volgens de handleiding.'
        : error instanceof NetworkDriveError
          ? 'Het gegevensbestand staat op een netwerkschijf. Daar kunnen gegevens beschadigd raken als collega’s tegelijk werken. ' +
            'Zet het bestand terug op deze computer, of werk samen in de gedeelde database (zie de handleiding).'
          : 'De app kon de gegevens niet openen. Er is niets gewijzigd. Neem contact op met de beheerder.';
  dialog.showErrorBox('Buurtgezinnen Backoffice', message);
}

// Tests and the demo start the app on a data folder of their own.
if (process.env.BUURTGEZINNEN_DATA_DIR) app.setPath('userData', path.resolve(process.env.BUURTGEZINNEN_DATA_DIR));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app
    .whenReady()
    .then(start)
    .catch((error) => {
      // Its kind only: the message may name a path or a person.
      try {
        logStartFailure(app.getPath('userData'), error);
      } catch {
        // Without a log the dialog still tells the user.
      }
      showStartError(error);
      app.exit(1);
    });
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', (event) => {
    if (!gate?.current()) return;
    event.preventDefault();
    const closing = gate;
    gate = null;
    void closing.close().finally(() => app.quit());
  });
}
