import { ipcMain, type BrowserWindow } from 'electron';
import type { HostEventName, HostEvents } from '../ipc/contract';
import type { Dispatch } from '../ipc/dispatcher';
import { capabilityNames, ipcChannel, ipcEventChannel } from '../ipc/names';

/** One ipcMain handler per capability; the dispatcher checks the sender frame and validates the input. */
export function bindIpc(dispatch: Dispatch): void {
  for (const name of capabilityNames) {
    ipcMain.handle(ipcChannel(name), (event, input: unknown) =>
      dispatch(name, input, { url: event.senderFrame?.url }),
    );
  }
}

export function sendHostEvent<E extends HostEventName>(
  window: BrowserWindow | undefined,
  event: E,
  payload: HostEvents[E],
): void {
  if (window && !window.isDestroyed()) window.webContents.send(ipcEventChannel, event, payload);
}
