import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channelOf } from '../../../shared/api/channel';
import { operationNames } from '../../../shared/api/contract';

/** A stand-in for the `electron` module: records what the main process asks of it. */
const electron = vi.hoisted(() => {
  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  const windows: {
    options: { webPreferences?: Record<string, unknown> };
    listeners: Map<string, (...args: unknown[]) => void>;
    openHandler?: (d: { url: string }) => unknown;
    loaded?: string;
  }[] = [];
  class BrowserWindow {
    record: (typeof windows)[number];
    webContents: {
      setWindowOpenHandler: (handler: (d: { url: string }) => unknown) => unknown;
      on: (event: string, listener: (...args: unknown[]) => void) => unknown;
    };
    constructor(options: { webPreferences?: Record<string, unknown> }) {
      this.record = { options, listeners: new Map() };
      windows.push(this.record);
      const record = this.record;
      this.webContents = {
        setWindowOpenHandler: (handler: (d: { url: string }) => unknown) => (record.openHandler = handler),
        on: (event: string, listener: (...args: unknown[]) => void) => record.listeners.set(event, listener),
      };
    }
    once() {}
    loadURL(url: string) {
      this.record.loaded = url;
      return Promise.resolve();
    }
  }
  return {
    handlers,
    windows,
    module: {
      BrowserWindow,
      ipcMain: {
        handle: (channel: string, handler: (...args: unknown[]) => unknown) => {
          if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
          handlers.set(channel, handler);
        },
      },
      shell: { openExternal: vi.fn<(url: string) => Promise<void>>() },
      session: { defaultSession: {} },
    },
  };
});
vi.mock('electron', () => electron.module);

const { createMainWindow } = await import('../../../electron/main/window');
const { registerApi } = await import('../../../electron/main/ipc/register');
const { CONTENT_SECURITY_POLICY } = await import('../../../electron/main/security');

const APP_URL = 'file:///Applications/Buurtgezinnen.app/out/renderer/index.html';

beforeEach(() => {
  electron.handlers.clear();
  electron.windows.length = 0;
  electron.module.shell.openExternal.mockClear();
});

describe('the main window', () => {
  it('runs the page sandboxed, isolated and without Node', () => {
    createMainWindow('/app/out/preload/index.js', APP_URL);
    const { webPreferences } = electron.windows[0].options;
    expect(webPreferences).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(electron.windows[0].loaded).toBe(APP_URL);
  });

  it('opens no new windows and hands only https and mailto links without attachments to the system', () => {
    createMainWindow('/p.js', APP_URL);
    const open = electron.windows[0].openHandler!;
    for (const url of [
      'https://www.buurtgezinnen.nl',
      'mailto:info@buurtgezinnen.nl',
      'mailto:info@buurtgezinnen.nl?cc=vog@buurtgezinnen.nl&Subject=Aanmelding&body=Hallo',
      'http://example.com',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'mailto:info@buurtgezinnen.nl?subject=Hallo&attach=C:%5CUsers%5Cjan%5Cbuurtgezinnen.sqlite',
      'mailto:info@buurtgezinnen.nl?ATTACHMENT=/etc/passwd',
      'mailto:?%61ttach=~/.ssh/id_rsa',
    ]) {
      expect(open({ url })).toEqual({ action: 'deny' });
    }
    expect(electron.module.shell.openExternal.mock.calls.map(([url]) => url)).toEqual([
      'https://www.buurtgezinnen.nl',
      'mailto:info@buurtgezinnen.nl',
      'mailto:info@buurtgezinnen.nl?cc=vog@buurtgezinnen.nl&Subject=Aanmelding&body=Hallo',
    ]);
  });

  it('blocks navigation away from its own page', () => {
    createMainWindow('/p.js', APP_URL);
    const navigate = electron.windows[0].listeners.get('will-navigate')!;
    const attempt = (url: string) => {
      const event = { preventDefault: vi.fn() };
      navigate(event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(attempt(`${APP_URL}#/gemeenten`)).toBe(false);
    expect(attempt('https://evil.example/')).toBe(true);
    expect(attempt('file:///etc/passwd')).toBe(true);
    // A file URL's origin is "null" whatever its host: the host itself must be empty.
    expect(attempt('file://any-host/Applications/Buurtgezinnen.app/out/renderer/index.html')).toBe(true);
    expect(attempt('file://evil.example/Applications/Buurtgezinnen.app/out/renderer/index.html#/')).toBe(true);
  });

  it('on the development server accepts only its exact origin and page', () => {
    createMainWindow('/p.js', 'http://localhost:5173/');
    const navigate = electron.windows[0].listeners.get('will-navigate')!;
    const attempt = (url: string) => {
      const event = { preventDefault: vi.fn() };
      navigate(event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(attempt('http://localhost:5173/#/gemeenten')).toBe(false);
    expect(attempt('http://localhost:5174/')).toBe(true);
    expect(attempt('https://localhost:5173/')).toBe(true);
    expect(attempt('http://user:secret@localhost:5173/')).toBe(true);
    expect(attempt('http://localhost:5173/other.html')).toBe(true);
  });
});

describe('the IPC registration', () => {
  const trusted = { senderFrame: { url: `${APP_URL}#/gemeenten`, parent: null } };

  it('registers exactly one handler per contract operation', () => {
    registerApi(electron.module.ipcMain as never, vi.fn(), () => APP_URL);
    expect([...electron.handlers.keys()].sort()).toEqual(operationNames.map(channelOf).sort());
    expect(() => registerApi(electron.module.ipcMain as never, vi.fn(), () => APP_URL)).toThrow(/second handler/);
  });

  it('passes calls from the app page to the dispatcher and refuses any other sender', async () => {
    const dispatch = vi.fn(() => Promise.resolve({ ok: true as const, data: [] }));
    registerApi(electron.module.ipcMain as never, dispatch, () => APP_URL);
    const handler = electron.handlers.get(channelOf('municipalities.list'))!;
    expect(await handler(trusted, {})).toEqual({ ok: true, data: [] });
    expect(dispatch).toHaveBeenCalledWith('municipalities.list', {});
    for (const senderFrame of [
      { url: 'https://evil.example/index.html', parent: null },
      { url: APP_URL, parent: {} },
      { url: 'file://any-host/Applications/Buurtgezinnen.app/out/renderer/index.html', parent: null },
      { url: 'file://192.168.1.20/Applications/Buurtgezinnen.app/out/renderer/index.html#/', parent: null },
      null,
    ]) {
      expect(await handler({ senderFrame }, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(dispatch).toHaveBeenCalledTimes(1);
  });
});

describe('the built app', () => {
  const out = path.resolve(__dirname, '../../../out');

  it('carries the strict Content-Security-Policy in its page', () => {
    const html = fs.readFileSync(path.join(out, 'renderer/index.html'), 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(policy).toBe(CONTENT_SECURITY_POLICY);
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/unsafe-eval|\*/);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('has a CommonJS preload that needs only electron and knows every operation', () => {
    const preload = fs.readFileSync(path.join(out, 'preload/index.js'), 'utf8');
    expect(preload).not.toMatch(/^\s*import\s/m);
    expect([...preload.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['electron']);
    for (const name of operationNames) expect(preload).toContain(`"${name}"`);
  });
});
