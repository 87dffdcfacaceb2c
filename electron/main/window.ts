import { BrowserWindow, session, shell } from 'electron';
import { DEVELOPMENT_CONTENT_SECURITY_POLICY, isAppUrl, isSafeExternalUrl, windowOptions } from './security';

/** Creates the one window, locked to the app's own page, and loads it. */
export function createMainWindow(preload: string, appUrl: string): BrowserWindow {
  const window = new BrowserWindow(windowOptions(preload));
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
