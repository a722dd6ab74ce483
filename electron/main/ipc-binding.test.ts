import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dispatch } from '../ipc/dispatcher';
import { capabilityNames, ipcChannel, ipcEventChannel } from '../ipc/names';

type Listener = (event: { senderFrame: { url: string } | null }, input: unknown) => unknown;
const handlers = vi.hoisted(() => new Map<string, Listener>());

vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, listener: Listener) => handlers.set(channel, listener) },
}));

const { bindIpc, sendHostEvent } = await import('./ipc-binding');

beforeEach(() => handlers.clear());

describe('IPC binding', () => {
  it('binds exactly one handler per capability, and nothing else', () => {
    bindIpc(vi.fn<Dispatch>());
    expect([...handlers.keys()].sort()).toEqual(capabilityNames.map(ipcChannel).sort());
  });

  it("passes the sending frame's URL to the dispatcher, which checks it", async () => {
    const dispatch = vi.fn<Dispatch>(async () => ({ ok: true, value: 'done' }));
    bindIpc(dispatch);
    const call = handlers.get(ipcChannel('settings.update'))!;
    await expect(
      call({ senderFrame: { url: 'pouet://app/index.html' } }, { theme: 'dark' }),
    ).resolves.toEqual({
      ok: true,
      value: 'done',
    });
    expect(dispatch).toHaveBeenLastCalledWith(
      'settings.update',
      { theme: 'dark' },
      { url: 'pouet://app/index.html' },
    );
  });

  it('passes no URL when the frame is gone, so the dispatcher refuses the call', async () => {
    const dispatch = vi.fn<Dispatch>(async () => ({ ok: true, value: undefined }));
    bindIpc(dispatch);
    await handlers.get(ipcChannel('app.info'))!({ senderFrame: null }, undefined);
    expect(dispatch).toHaveBeenLastCalledWith('app.info', undefined, { url: undefined });
  });

  it('sends host events to a live window only', () => {
    const send = vi.fn();
    const window = (destroyed: boolean) =>
      ({ isDestroyed: () => destroyed, webContents: { send } }) as unknown as Parameters<
        typeof sendHostEvent
      >[0];
    sendHostEvent(window(false), 'update.ready', { version: '0.2.0' });
    expect(send).toHaveBeenCalledExactlyOnceWith(ipcEventChannel, 'update.ready', { version: '0.2.0' });
    sendHostEvent(window(true), 'update.ready', { version: '0.2.0' });
    sendHostEvent(undefined, 'update.ready', { version: '0.2.0' });
    expect(send).toHaveBeenCalledOnce();
  });
});
