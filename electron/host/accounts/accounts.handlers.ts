import { HostError } from '../../ipc/result';
import type { Handlers } from '../../ipc/dispatcher';
import { revokeToken } from '../oauth/oauth-client';
import { tokenKey } from './account-summary';
import type { AccountsContext } from './accounts.context';
import type { StoredAccount } from './accounts.store';

export type AccountListHandlers = Pick<
  Handlers,
  | 'accounts.list'
  | 'accounts.token'
  | 'accounts.signOut'
  | 'accounts.reorder'
  | 'accounts.setDefault'
  | 'accounts.markNeedsSignIn'
>;

export function findAccount(context: AccountsContext, accountId: string): StoredAccount {
  const account = context.store.find(accountId);
  if (!account) {
    throw new HostError('unknown_account', 'Pouet does not know this account; it may have been signed out.', {
      accountId,
    });
  }
  return account;
}

/** The signed-in accounts: list, hand out a token, sign out, order, default, and "token refused". */
export function createAccountListHandlers(context: AccountsContext): AccountListHandlers {
  const { store, vault, apps, http, log } = context;

  return {
    'accounts.list': () => context.summaries(),

    async 'accounts.token'({ accountId }) {
      const account = findAccount(context, accountId);
      const accessToken = vault.get(tokenKey(accountId));
      if (account.status !== 'active' || accessToken === undefined) {
        throw new HostError('needs_sign_in', `@${account.acct} needs to sign in again.`, {
          accountId,
          acct: account.acct,
        });
      }
      return { accountId, instanceUrl: account.instanceUrl, accessToken };
    },

    async 'accounts.signOut'({ accountId }) {
      const account = store.find(accountId);
      if (!account) return context.summaries();
      const token = vault.get(tokenKey(accountId));
      const app = apps.get(account.instanceUrl);
      if (token && app) {
        // Best effort: an unreachable server must not keep the user signed in on this computer.
        await revokeToken(account.instanceUrl, app, token, http).catch((error: unknown) =>
          log.warn(`could not revoke the token of ${accountId}; forgetting it anyway`, describeError(error)),
        );
      } else if (token) {
        log.warn(`no app registration left to revoke the token of ${accountId} with; forgetting it anyway`);
      }
      return context.serial(async () => {
        await vault.delete(tokenKey(accountId));
        await store.remove(accountId);
        return context.changed();
      });
    },

    'accounts.reorder': ({ accountIds }) =>
      context.serial(async () => {
        await store.reorder(accountIds);
        return context.changed();
      }),

    'accounts.setDefault': ({ accountId }) =>
      context.serial(async () => {
        findAccount(context, accountId);
        await store.setDefault(accountId);
        return context.changed();
      }),

    'accounts.markNeedsSignIn': ({ accountId }) =>
      context.serial(async () => {
        findAccount(context, accountId);
        await store.setStatus(accountId, 'needs_sign_in');
        return context.changed();
      }),
  };
}

/** For logs: the error's code and message, never a token. */
export function describeError(error: unknown): string {
  if (error instanceof HostError) return `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
