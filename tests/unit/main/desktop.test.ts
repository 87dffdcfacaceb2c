import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for `electron`: a hidden window that records how it is made, loaded and printed. */
const electron = vi.hoisted(() => {
  const state = { cancelPrint: false };
  const windows: {
    options: unknown;
    loaded?: string;
    printed?: unknown;
    destroyed: boolean;
    fileExistedWhenPrinting?: boolean;
    listeners: Map<string, (...args: unknown[]) => void>;
    openHandler?: (details: { url: string }) => unknown;
    guardedBeforeLoad?: boolean;
  }[] = [];
  class BrowserWindow {
    record: (typeof windows)[number];
    webContents: {
      print: (options: unknown, done: (printed: boolean) => void) => void;
      setWindowOpenHandler: (handler: (details: { url: string }) => unknown) => void;
      on: (event: string, listener: (...args: unknown[]) => void) => void;
    };
    constructor(options: unknown) {
      const record: (typeof windows)[number] = { options, destroyed: false, listeners: new Map() };
      this.record = record;
      windows.push(record);
      this.webContents = {
        setWindowOpenHandler: (handler) => (record.openHandler = handler),
        on: (event, listener) => record.listeners.set(event, listener),
        print: (printOptions, done) => {
          record.printed = printOptions;
          record.fileExistedWhenPrinting = fs.existsSync(new URL(record.loaded!));
          done(!state.cancelPrint);
        },
      };
    }
    loadURL(url: string) {
      this.record.guardedBeforeLoad = this.record.listeners.has('will-navigate') && !!this.record.openHandler;
      this.record.loaded = url;
      return Promise.resolve();
    }
    destroy() {
      this.record.destroyed = true;
    }
  }
  const shell = { openPath: vi.fn((file: string) => Promise.resolve(file.endsWith('missing.pdf') ? 'not found' : '')) };
  const safeStorage = { isEncryptionAvailable: () => false };
  return { state, windows, module: { BrowserWindow, shell, safeStorage } };
});
vi.mock('electron', () => electron.module);

const { electronDesktop } = await import('../../../electron/main/desktop');

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bg-desktop-'));
afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('printing and opening through the operating system', () => {
  it('prints a PDF from a hidden, sandboxed window with the system dialog, and removes the temporary file', async () => {
    expect(await electronDesktop(folder).printPdf(Buffer.from('%PDF-1.4'), 'Samenwerkingsafspraken')).toBe(true);
    const [window] = electron.windows;
    expect(window.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    expect(window.loaded!.startsWith(`file://${path.join(folder, 'tmp')}`)).toBe(true);
    expect(window.printed).toMatchObject({ silent: false });
    expect(window.fileExistedWhenPrinting).toBe(true);
    expect(window.destroyed).toBe(true);
    expect(fs.readdirSync(path.join(folder, 'tmp'))).toEqual([]);
  });

  it('tells a cancelled print dialog apart, and still removes the temporary file', async () => {
    electron.state.cancelPrint = true;
    try {
      expect(await electronDesktop(folder).printPdf(Buffer.from('%PDF-1.4'), 'Huisregels')).toBe(false);
    } finally {
      electron.state.cancelPrint = false;
    }
    expect(electron.windows.at(-1)!.destroyed).toBe(true);
    expect(fs.readdirSync(path.join(folder, 'tmp'))).toEqual([]);
  });

  it('keeps the hidden print window on its one PDF: no navigation, redirect, new window or webview', async () => {
    await electronDesktop(folder).printPdf(Buffer.from('%PDF-1.4'), 'Factuur');
    const window = electron.windows.at(-1)!;
    expect(window.guardedBeforeLoad).toBe(true);
    expect(window.openHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    const blocked = (event: string, url?: string) => {
      const attempt = { preventDefault: vi.fn() };
      window.listeners.get(event)!(attempt, url);
      return attempt.preventDefault.mock.calls.length > 0;
    };
    expect(blocked('will-navigate', 'https://evil.example/')).toBe(true);
    expect(blocked('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(blocked('will-navigate', 'javascript:alert(1)')).toBe(true);
    expect(blocked('will-redirect', 'https://evil.example/')).toBe(true);
    expect(blocked('will-attach-webview')).toBe(true);
    expect(blocked('will-navigate', window.loaded)).toBe(false);
  });

  it('opens a file with the system viewer and says so when it cannot', async () => {
    const desktop = electronDesktop(folder);
    await desktop.openFile('/data/scans/document-1.pdf');
    expect(electron.module.shell.openPath).toHaveBeenCalledWith('/data/scans/document-1.pdf');
    await expect(desktop.openFile('/data/scans/missing.pdf')).rejects.toThrow();
  });
});
