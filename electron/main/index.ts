import os from 'node:os';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import type { DataSource } from 'typeorm';
import { engineOf } from '../db/engine';
import { NetworkDriveError } from '../db/network-drive';
import { NewerDatabaseError } from '../db/open';
import { createHandlers } from '../services/handlers';
import { openConfiguredDatabase } from './database';
import { electronDesktop } from './desktop';
import { createDispatcher } from './ipc/dispatch';
import { registerApi } from './ipc/register';
import { createLogger } from './logger';
import { installDutchMenu } from './menu';
import { createMainWindow, hardenSession } from './window';

const HOUR_MS = 60 * 60 * 1000;

let mainWindow: BrowserWindow | null = null;
let dataSource: DataSource | null = null;

function appUrl(): string {
  const devServer = process.env.ELECTRON_RENDERER_URL;
  return devServer ?? new URL(`file://${path.join(__dirname, '../renderer/index.html')}`).toString();
}

async function start() {
  const dataFolder = app.getPath('userData');
  const paths = {
    dataFolder,
    databaseFile: path.join(dataFolder, 'buurtgezinnen.sqlite'),
    backupFolder: path.join(dataFolder, 'backups'),
  };
  const log = createLogger(dataFolder);
  log.info(`starting version ${app.getVersion()}`);
  const desktop = electronDesktop(dataFolder);
  dataSource = await openConfiguredDatabase(paths, desktop.keychain);
  const database = dataSource;
  const dispatcher = createDispatcher(database, createHandlers(paths, desktop), {
    fallbackActor: os.userInfo().username,
    log,
  });
  const dailyBackup = () =>
    dispatcher
      .exclusive(() => engineOf(database).dailyMaintenance(database, paths.backupFolder))
      .catch((error: Error) => log.error(`daily maintenance failed: ${error.name}`));
  await dailyBackup();
  setInterval(() => void dailyBackup(), HOUR_MS);

  hardenSession();
  installDutchMenu(process.platform === 'darwin');
  registerApi(ipcMain, dispatcher.dispatch, appUrl);
  mainWindow = createMainWindow(path.join(__dirname, '../preload/index.js'), appUrl(), dataFolder);
  mainWindow.on('closed', () => (mainWindow = null));
}

function showStartError(error: unknown) {
  const message =
    error instanceof NewerDatabaseError
      ? 'De gegevens zijn gemaakt met een nieuwere versie van de app. Installeer de nieuwste versie.'
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
      showStartError(error);
      app.exit(1);
    });
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', (event) => {
    if (!dataSource?.isInitialized) return;
    event.preventDefault();
    const closing = dataSource;
    dataSource = null;
    void closing.destroy().finally(() => app.quit());
  });
}
