import type { AccountSummary } from '../../ipc/types/accounts';
import type { Notice } from '../../ipc/types/app';
import type { HttpOptions } from '../instances/instance-http';
import { openAppRegistry } from '../oauth/app-registry';
import { createSignInFlows } from '../oauth/sign-in-flows';
import type { HostPorts } from '../ports';
import { openVault } from '../vault/vault';
import { lostTokensNotice, tokenKey } from './account-summary';
import { createAccountsContext } from './accounts.context';
import { createAccountListHandlers, type AccountListHandlers } from './accounts.handlers';
import { openAccountsStore } from './accounts.store';
import { createSignInHandlers, type SignInHandlers } from './sign-in.handlers';

export interface AccountsService {
  handlers: SignInHandlers & AccountListHandlers;
  /** Problems found at start: a file moved aside, sign-ins that could not be unlocked. */
  notices: Notice[];
  /** Stops every sign-in in progress and closes its loopback listener. */
  close(): Promise<void>;
}

/** Seams for tests; the app uses the defaults. */
export interface AccountsServiceOptions {
  /** `fetch` and the per-request deadline (10 s) for instance, OAuth and revoke requests. */
  http?: HttpOptions;
  /** How long a sign-in waits for the browser or a pasted code (5 min). */
  signInTimeoutMs?: number;
  /** The language of the server's authorisation page; the system's by default. */
  lang?: () => string | undefined;
}

const systemLanguage = () => Intl.DateTimeFormat().resolvedOptions().locale.split('-')[0] || undefined;

/**
 * Accounts, sign-in and the token vault, on the data folder: `accounts.json` (who, in which order),
 * `vault.json` (tokens and client secrets, encrypted with `ports.cipher`), `apps.json` (app registrations).
 * Calls `onChange` with the new list after every change.
 */
export async function openAccountsService(
  ports: HostPorts,
  onChange: (accounts: AccountSummary[]) => void,
  options: AccountsServiceOptions = {},
): Promise<AccountsService> {
  const log = ports.log('accounts');
  const http = options.http ?? {};
  const vault = await openVault(ports.dataDir, ports.cipher);
  const [store, apps] = await Promise.all([
    openAccountsStore(ports.dataDir),
    openAppRegistry(ports.dataDir, vault, http, ports.log('oauth')),
  ]);

  // Saved tokens that could not be unlocked leave their accounts listed as needs_sign_in, and say so.
  const lost = store
    .list()
    .filter((account) => account.storage !== 'session' && vault.get(tokenKey(account.id)) === undefined);
  const undecryptable = lost.some((account) => vault.unreadable.includes(tokenKey(account.id)));
  const notices = [vault.notice, store.notice, apps.notice, lostTokensNotice(lost, undecryptable)].filter(
    (notice) => notice !== undefined,
  );

  const context = createAccountsContext({ store, vault, apps, http, log }, onChange);
  const flows = createSignInFlows<AccountSummary>({
    openExternal: (url) => ports.openExternal(url),
    http,
    log: ports.log('oauth'),
    timeoutMs: options.signInTimeoutMs,
  });

  return {
    notices,
    handlers: {
      ...createSignInHandlers(context, { flows, lang: options.lang ?? systemLanguage }),
      ...createAccountListHandlers(context),
    },
    close: () => flows.closeAll(),
  };
}
