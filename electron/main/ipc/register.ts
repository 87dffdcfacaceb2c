import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channelOf } from '../../../shared/api/channel';
import { operationNames } from '../../../shared/api/contract';
import type { ApiResponse } from '../../../shared/api/errors';
import { isAppUrl } from '../security';
import type { Dispatch } from './dispatch';

const FORBIDDEN: ApiResponse<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Deze aanvraag komt niet van de app zelf en is geweigerd.', issues: [] },
};

/** One IPC handler per contract operation; only the app's own page may call them. */
export function registerApi(ipcMain: IpcMain, dispatch: Dispatch, appUrl: () => string): void {
  for (const name of operationNames) {
    ipcMain.handle(channelOf(name), (event: IpcMainInvokeEvent, payload: unknown) =>
      isTrustedSender(event, appUrl()) ? dispatch(name, payload) : FORBIDDEN,
    );
  }
}

function isTrustedSender(event: IpcMainInvokeEvent, appUrl: string): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url, appUrl);
}
