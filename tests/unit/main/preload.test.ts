import { describe, expect, it, vi } from 'vitest';
import { channelOf, LIVE_CHANNEL } from '../../../shared/api/channel';

/** A stand-in for what a sandboxed preload may use of Electron: the bridge to the page and IPC. */
const electron = vi.hoisted(() => {
  const exposed = new Map<string, Record<string, (...args: unknown[]) => unknown>>();
  const listeners = new Map<string, ((...args: unknown[]) => void)[]>();
  return {
    exposed,
    listeners,
    module: {
      contextBridge: {
        exposeInMainWorld: (key: string, value: Record<string, (...args: unknown[]) => unknown>) =>
          exposed.set(key, value),
      },
      ipcRenderer: {
        invoke: vi.fn((channel: string, input: unknown) => Promise.resolve({ channel, input })),
        on: (channel: string, listener: (...args: unknown[]) => void) =>
          listeners.set(channel, [...(listeners.get(channel) ?? []), listener]),
        removeListener: (channel: string, listener: (...args: unknown[]) => void) =>
          listeners.set(
            channel,
            (listeners.get(channel) ?? []).filter((l) => l !== listener),
          ),
      },
    },
  };
});
vi.mock('electron', () => electron.module);
vi.stubGlobal('__API_OPERATIONS__', ['registrations.queue']);
await import('../../../electron/preload/index');

describe('the preload', () => {
  it('gives the page one function per operation, over its own channel', async () => {
    const api = electron.exposed.get('api')!;
    expect(Object.keys(api)).toEqual(['registrations.queue']);
    expect(await api['registrations.queue']({ page: 1 })).toEqual({
      channel: channelOf('registrations.queue'),
      input: { page: 1 },
    });
  });

  it("passes the main process's changes to the page without the IPC event, until the page stops listening", () => {
    const heard: unknown[] = [];
    const stop = electron.exposed.get('live')!.onChange((change: unknown) => heard.push(change)) as () => void;
    const send = (change: unknown) =>
      electron.listeners.get(LIVE_CHANNEL)?.forEach((listener) => listener({ sender: 'ipc' }, change));
    send({ kinds: ['registration', 'audit'] });
    stop();
    send({ everything: true });
    expect(heard).toEqual([{ kinds: ['registration', 'audit'] }]);
  });
});
