import type { Dispatch, Handlers } from '../ipc/dispatcher';
import { createDispatcher } from '../ipc/dispatcher';
import type { HostEventName, HostEvents } from '../ipc/contract';
import type { Notice } from '../ipc/types/app';
import { checkExternalUrl } from './external-url';
import type { HostPorts } from './ports';
import { openSettingsStore, type SettingsStore } from './settings.store';

export type EmitHostEvent = <E extends HostEventName>(event: E, payload: HostEvents[E]) => void;

export interface Host {
  handlers: Handlers;
  settings: SettingsStore;
  dispatcher(trustedOrigins: readonly string[]): Dispatch;
  close(): Promise<void>;
}

/**
 * Opens every host service on the data folder and returns the handlers of the contract. The Electron shell
 * and the e2e harness both call this with their own ports, so tests run the same code users do.
 */
export async function createHost(ports: HostPorts, emit: EmitHostEvent): Promise<Host> {
  const log = ports.log('host');
  const settings = await openSettingsStore(ports.dataDir);
  const notices: Notice[] = [];
  if (settings.notice) {
    notices.push(settings.notice);
    log.warn(settings.notice.message);
  }

  const handlers: Handlers = {
    'app.info': () => ({ ...ports.app, notices: [...notices] }),
    'shell.openExternal': async ({ url }) => {
      await ports.openExternal(checkExternalUrl(url));
      return undefined;
    },
    'settings.get': () => settings.get(),
    'settings.update': async (patch) => {
      const next = await settings.update(patch);
      emit('settings.changed', next);
      return next;
    },
  };

  return {
    handlers,
    settings,
    dispatcher: (trustedOrigins) =>
      createDispatcher(handlers, {
        trustedOrigins,
        onUnexpectedError: (name, error) => log.error(`${name} failed`, error),
      }),
    close: async () => undefined,
  };
}
