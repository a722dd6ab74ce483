import type { AccountSummary } from '../../ipc/types/accounts';
import type { HttpOptions } from '../instances/instance-http';
import type { Logger } from '../log';
import type { AppRegistry } from '../oauth/app-registry';
import type { Vault } from '../vault/vault';
import { tokenKey, toSummary } from './account-summary';
import type { AccountsStore } from './accounts.store';

/** What the account handlers share: the stores, the HTTP settings, and one queue for every change. */
export interface AccountsContext {
  store: AccountsStore;
  vault: Vault;
  apps: AppRegistry;
  http: HttpOptions;
  log: Logger;
  /** Runs changes one at a time, so two sign-ins or a sign-in and a sign-out never interleave. */
  serial<T>(operation: () => Promise<T>): Promise<T>;
  summaries(): AccountSummary[];
  /** Tells the renderer (`accounts.changed`) and returns the new list. */
  changed(): AccountSummary[];
}

export function createAccountsContext(
  parts: Pick<AccountsContext, 'store' | 'vault' | 'apps' | 'http' | 'log'>,
  onChange: (accounts: AccountSummary[]) => void,
): AccountsContext {
  let queue: Promise<unknown> = Promise.resolve();
  const summaries = () => {
    const defaultId = parts.store.defaultId();
    return parts.store.list().map((account) =>
      toSummary(account, {
        isDefault: account.id === defaultId,
        hasToken: parts.vault.get(tokenKey(account.id)) !== undefined,
      }),
    );
  };
  return {
    ...parts,
    serial(operation) {
      const next = queue.then(operation);
      queue = next.catch(() => undefined);
      return next;
    },
    summaries,
    changed() {
      const list = summaries();
      onChange(list);
      return list;
    },
  };
}
