import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, safeStorage, shell } from 'electron';
import type { Desktop } from '../services/desktop';

/**
 * Printing and opening through the operating system. A PDF to print is written to a temporary
 * file inside the app's data folder, shown in a hidden window by Chromium's PDF viewer and handed
 * to the system's print dialog; the file is removed afterwards.
 */
export function electronDesktop(dataFolder: string): Desktop {
  const temporary = path.join(dataFolder, 'tmp');
  return {
    async printPdf(pdf, title) {
      fs.mkdirSync(temporary, { recursive: true });
      const file = path.join(temporary, `afdruk-${Date.now()}.pdf`);
      fs.writeFileSync(file, pdf);
      const window = new BrowserWindow({
        show: false,
        title,
        webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, plugins: true },
      });
      const url = pathToFileURL(file).toString();
      guardPrintWindow(window, url);
      try {
        await window.loadURL(url);
        return await new Promise<boolean>((resolve) =>
          window.webContents.print({ silent: false, printBackground: true }, (printed) => resolve(printed)),
        );
      } finally {
        window.destroy();
        fs.rmSync(file, { force: true });
      }
    },
    async openFile(file) {
      const failure = await shell.openPath(file);
      if (failure) throw new Error('the system could not open the file');
    },
    keychain: safeStorage.isEncryptionAvailable()
      ? { encrypt: (text) => safeStorage.encryptString(text), decrypt: (data) => safeStorage.decryptString(data) }
      : null,
  };
}

/**
 * The hidden window shows the one PDF and nothing else: a link or script in the document may not
 * take it elsewhere, open a window or attach a webview.
 */
function guardPrintWindow(window: BrowserWindow, url: string): void {
  const contents = window.webContents;
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const stay = (event: { preventDefault(): void }, target: string) => {
    if (target !== url) event.preventDefault();
  };
  contents.on('will-navigate', stay);
  contents.on('will-redirect', stay);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
