import type { Dispatch, Handlers } from '../ipc/dispatcher';
import { createDispatcher } from '../ipc/dispatcher';
import type { HostEventName, HostEvents } from '../ipc/contract';
import type { Notice } from '../ipc/types/app';
import { HostError } from '../ipc/result';
import { openAccountsService } from './accounts/accounts.service';
import { openDeckStore } from './deck.store';
import { openDraftsStore } from './drafts/drafts.store';
import { checkExternalUrl } from './external-url';
import { createNotificationHandlers } from './notifications/notifications.handlers';
import type { HostPorts } from './ports';
import { openSettingsStore, type SettingsStore } from './settings.store';

export type EmitHostEvent = <E extends HostEventName>(event: E, payload: HostEvents[E]) => void;

export interface Host {
  handlers: Handlers;
  settings: SettingsStore;
  dispatcher(trustedOrigins: readonly string[]): Dispatch;
  /** Waits for the requests being answered, then closes the services. */
  close(): Promise<void>;
}

/**
 * Opens every host service on the data folder and returns the handlers of the contract. The Electron shell
 * and the e2e harness both call this with their own ports, so tests run the same code users do.
 */
export async function createHost(ports: HostPorts, emit: EmitHostEvent): Promise<Host> {
  const log = ports.log('host');
  const [settings, deck, drafts] = await Promise.all([
    openSettingsStore(ports.dataDir),
    openDeckStore(ports.dataDir),
    openDraftsStore(ports.dataDir),
  ]);
  // The server's authorise page speaks the language the user chose for Pouet.
  const language = () => {
    const chosen = settings.get().language;
    return chosen === 'system' ? Intl.DateTimeFormat().resolvedOptions().locale.split('-')[0] : chosen;
  };
  const accounts = await openAccountsService(ports, (list) => emit('accounts.changed', list), {
    lang: language,
  });
  const notices: Notice[] = [settings.notice, deck.notice, drafts.notice, ...accounts.notices].filter(
    (n) => n !== undefined,
  );
  for (const notice of notices) log.warn(notice.message);

  const handlers: Handlers = {
    'app.info': () => ({ ...ports.app, notices: [...notices] }),
    'app.restartToUpdate': () => {
      if (!ports.restartToUpdate) {
        throw new HostError('not_available', 'Updates are installed by the packaged desktop app only.');
      }
      ports.restartToUpdate();
      return undefined;
    },
    'app.exploreDemo': () => {
      if (!ports.exploreDemo)
        throw new HostError('not_available', 'The demo can be explored from the desktop app only.');
      ports.exploreDemo();
      return undefined;
    },
    'shell.openExternal': async ({ url }) => {
      await ports.openExternal(checkExternalUrl(url));
      return undefined;
    },
    ...createNotificationHandlers(ports, ports.log('notifications')),
    'settings.get': () => settings.get(),
    'settings.update': async (patch) => {
      const next = await settings.update(patch);
      emit('settings.changed', next);
      return next;
    },
    'deck.load': () => deck.load(),
    'deck.save': (layout) => deck.save(layout),
    'drafts.list': () => drafts.list(),
    'drafts.save': (draft) => drafts.save(draft),
    'drafts.remove': async ({ id }) => {
      await drafts.remove(id);
      return undefined;
    },
    ...accounts.handlers,
  };

  // Requests still being answered (a draft being written…): closing waits for them, so nothing writes to
  // the data folder once the host is closed.
  const inFlight = new Set<Promise<unknown>>();
  return {
    handlers,
    settings,
    dispatcher: (trustedOrigins) => {
      const dispatch = createDispatcher(handlers, {
        trustedOrigins,
        onUnexpectedError: (name, error) => log.error(`${name} failed`, error),
      });
      return (name, input, sender) => {
        const answer = dispatch(name, input, sender);
        inFlight.add(answer);
        void answer.finally(() => inFlight.delete(answer));
        return answer;
      };
    },
    close: async () => {
      // A sign-in in progress waits minutes for the browser: it is stopped first (its request answers
      // "cancelled"), then the other answers are let finish.
      await accounts.close();
      await Promise.allSettled(inFlight);
    },
  };
}
