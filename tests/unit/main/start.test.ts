import { describe, expect, it, vi } from 'vitest';

/** A stand-in for `electron` and the log file: records what a failed start writes and shows. */
const stand = vi.hoisted(() => {
  const events: string[] = [];
  const app = {
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    getPath: () => '/home/jan.de.vries/AppData/Buurtgezinnen Backoffice',
    setPath: vi.fn(),
    getVersion: () => '0.1.0',
    on: vi.fn(),
    quit: vi.fn(),
    exit: vi.fn((code: number) => events.push(`exit ${code}`)),
  };
  const dialog = { showErrorBox: vi.fn(() => events.push('dialog')) };
  const log = {
    transports: { file: {}, console: {} },
    info: vi.fn((message: string) => events.push(`info: ${message}`)),
    error: vi.fn((message: string) => events.push(`error: ${message}`)),
  };
  return { events, app, dialog, log };
});
vi.mock('electron', () => ({
  app: stand.app,
  dialog: stand.dialog,
  ipcMain: { handle: vi.fn() },
  BrowserWindow: class {},
  safeStorage: { isEncryptionAvailable: () => false },
  shell: {},
}));
vi.mock('electron-log/main', () => ({ default: stand.log }));
vi.mock('../../../electron/main/database', () => ({
  openConfiguredSession: () =>
    Promise.reject(
      Object.assign(new Error("SQLITE_CANTOPEN: unable to open '/home/jan.de.vries/Gezin Yilmaz.sqlite'"), {
        code: 'SQLITE_CANTOPEN',
      }),
    ),
}));

const { errorKind } = await import('../../../electron/main/logger');

describe('a failed start', () => {
  it("is written to the log, with the error's kind and never its message, before the dialog shows", async () => {
    delete process.env.BUURTGEZINNEN_DATA_DIR;
    await import('../../../electron/main/index');
    await vi.waitFor(() => expect(stand.app.exit).toHaveBeenCalledWith(1));
    expect(stand.events.filter((event) => !event.startsWith('info:'))).toEqual([
      'error: start failed: Error (code SQLITE_CANTOPEN)',
      'dialog',
      'exit 1',
    ]);
    expect(stand.events.join('\n')).not.toMatch(/jan\.de\.vries|Yilmaz|unable to open/);
  });

  it('keeps only names and codes that cannot carry a path or a person', () => {
    expect(errorKind(Object.assign(new TypeError('x'), { code: 'EACCES' }))).toBe('TypeError (code EACCES)');
    expect(errorKind(Object.assign(new Error('x'), { code: '28P01' }))).toBe('Error (code 28P01)');
    expect(errorKind(Object.assign(new Error('x'), { name: 'C:\\Users\\jan\\x' }))).toBe('unknown error');
    expect(errorKind(Object.assign(new Error('x'), { code: 'Gezin Yilmaz' }))).toBe('Error (code unknown)');
    expect(errorKind('a string with /home/jan')).toBe('unknown error');
    expect(errorKind(null)).toBe('unknown error');
  });
});
