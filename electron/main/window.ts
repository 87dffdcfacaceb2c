import { BrowserWindow, screen, session, shell } from 'electron';
import { readWindowPlace, writeWindowPlace, type WindowPlace } from '../services/settings/computer';
import { DEVELOPMENT_CONTENT_SECURITY_POLICY, isAppUrl, isSafeExternalUrl, windowOptions } from './security';

/**
 * Creates the one window, locked to the app's own page, and loads it; with `dataFolder` it opens
 * where this computer's window stood last time and remembers where it stands when it closes.
 */
export function createMainWindow(preload: string, appUrl: string, dataFolder?: string): BrowserWindow {
  const place = dataFolder ? readWindowPlace(dataFolder) : null;
  const window = new BrowserWindow({ ...windowOptions(preload), ...(place && onScreen(place)) });
  if (place?.maximized) window.maximize();
  if (dataFolder)
    window.on('close', () =>
      writeWindowPlace(dataFolder, { ...window.getNormalBounds(), maximized: window.isMaximized() }),
    );
  const contents = window.webContents;
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appUrl);
  return window;
}

/** Headers for the development server's page; the built page carries the strict policy in a meta tag. */
export function hardenSession(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [DEVELOPMENT_CONTENT_SECURITY_POLICY] },
    });
  });
}

/** The last place, if it still lies on one of the screens (a laptop may have left its second screen). */
function onScreen(place: WindowPlace): Pick<WindowPlace, 'x' | 'y' | 'width' | 'height'> | null {
  const visible = screen
    .getAllDisplays()
    .some(
      ({ workArea: area }) =>
        place.x >= area.x &&
        place.y >= area.y &&
        place.x + 100 <= area.x + area.width &&
        place.y + 100 <= area.y + area.height,
    );
  return visible ? { x: place.x, y: place.y, width: place.width, height: place.height } : null;
}
