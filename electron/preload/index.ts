import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { channelOf, LIVE_CHANNEL } from '../../shared/api/channel';
import type { LiveChange } from '../../shared/api/live';

/** The contract's operation names, put in by the build (see electron.vite.config.ts). */
declare const __API_OPERATIONS__: string[];

/** `window.api[name](input)` for every contract operation, and nothing else of Electron. */
const api = Object.fromEntries(
  __API_OPERATIONS__.map((name) => [name, (input: unknown) => ipcRenderer.invoke(channelOf(name), input)]),
);

contextBridge.exposeInMainWorld('api', api);

/** `window.live.onChange(callback)`: what changed, without the IPC event (which would hand the page Electron). */
contextBridge.exposeInMainWorld('live', {
  onChange(callback: (change: LiveChange) => void) {
    const listener = (_event: IpcRendererEvent, change: LiveChange) => callback(change);
    ipcRenderer.on(LIVE_CHANNEL, listener);
    return () => void ipcRenderer.removeListener(LIVE_CHANNEL, listener);
  },
});
