import type { AccountSummary } from '../../ipc/types/accounts';
import type { Notice } from '../../ipc/types/app';
import type { StoredAccount } from './accounts.store';

export const tokenKey = (accountId: string) => `token:${accountId}`;

/** What the renderer sees of an account: never the token, and `needs_sign_in` whenever there is no usable one. */
export function toSummary(
  account: StoredAccount,
  options: { isDefault: boolean; hasToken: boolean },
): AccountSummary {
  return {
    id: account.id,
    instanceUrl: account.instanceUrl,
    instanceTitle: account.instanceTitle,
    remoteId: account.remoteId,
    username: account.username,
    acct: account.acct,
    displayName: account.displayName,
    avatarUrl: account.avatarUrl,
    avatarStaticUrl: account.avatarStaticUrl,
    status: account.status === 'active' && options.hasToken ? 'active' : 'needs_sign_in',
    isDefault: options.isDefault,
    storage: account.storage,
    color: account.color,
  };
}

/**
 * Accounts whose saved token could not be read at start (undecryptable, or gone with a corrupt vault). They
 * stay listed as `needs_sign_in`, columns and all, so one sign-in brings them back.
 */
export function lostTokensNotice(lost: readonly StoredAccount[], undecryptable: boolean): Notice | undefined {
  if (lost.length === 0) return undefined;
  const accounts = lost.map((account) => `@${account.acct}`).join(', ');
  const why = undecryptable
    ? 'the system keychain may have changed, or the file was altered'
    : 'the file that held it was missing or damaged';
  return {
    code: 'accounts_need_sign_in',
    message: `Pouet could not unlock the saved sign-in of ${accounts} (${why}). Sign in to ${lost.length === 1 ? 'this account' : 'these accounts'} again; ${lost.length === 1 ? 'its' : 'their'} columns were kept.`,
    params: { accounts, count: String(lost.length), reason: undecryptable ? 'undecryptable' : 'missing' },
  };
}
