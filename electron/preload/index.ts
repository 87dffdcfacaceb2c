import { contextBridge, ipcRenderer } from 'electron';
import { channelOf } from '../../shared/api/channel';

/** The contract's operation names, put in by the build (see electron.vite.config.ts). */
declare const __API_OPERATIONS__: string[];

/** `window.api[name](input)` for every contract operation, and nothing else of Electron. */
const api = Object.fromEntries(
  __API_OPERATIONS__.map((name) => [name, (input: unknown) => ipcRenderer.invoke(channelOf(name), input)]),
);

contextBridge.exposeInMainWorld('api', api);
