import type { Handlers } from '../../ipc/dispatcher';
import { HostError } from '../../ipc/result';
import type { AccountSummary, TokenStorage } from '../../ipc/types/accounts';
import { parseInstanceInput } from '../instances/instance-input';
import { probeInstance, type InstanceInfo } from '../instances/instance-probe';
import { revokeToken, type AppCredentials } from '../oauth/oauth-client';
import { chooseScopes } from '../oauth/scopes';
import type { Grant, SignInFlows } from '../oauth/sign-in-flows';
import { tokenKey } from './account-summary';
import type { AccountsContext } from './accounts.context';
import { describeError, findAccount } from './accounts.handlers';

export type SignInHandlers = Pick<
  Handlers,
  | 'instances.preview'
  | 'vault.status'
  | 'signIn.start'
  | 'signIn.finish'
  | 'signIn.submitCode'
  | 'signIn.cancel'
>;

export interface SignInOptions {
  flows: SignInFlows<AccountSummary>;
  /** The language for the server's authorisation page. */
  lang(): string | undefined;
}

/** From "what the user typed" to a stored account: preview, start (browser), finish or pasted code, cancel. */
export function createSignInHandlers(
  context: AccountsContext,
  { flows, lang }: SignInOptions,
): SignInHandlers {
  const { vault, apps, http } = context;

  /** Where the token will live; without a keychain the user must choose (`storage_choice_required`). */
  const resolveStorage = async (requested: TokenStorage | undefined): Promise<TokenStorage> => {
    if (requested === 'session') return 'session';
    if (await vault.isProtected()) return 'protected';
    if (requested === 'unprotected') return 'unprotected';
    throw new HostError(
      'storage_choice_required',
      'This computer has no keychain to encrypt your sign-in. Choose whether Pouet keeps it for this session only or stores it unprotected.',
    );
  };

  return {
    'instances.preview': async ({ instance }) =>
      (await probeInstance(parseInstanceInput(instance), http)).preview,

    'vault.status': async () => ({ protected: await vault.isProtected() }),

    async 'signIn.start'(input) {
      const address = parseInstanceInput(input.instance);
      const storage = await resolveStorage(input.storage);
      const expected = input.accountId === undefined ? undefined : findAccount(context, input.accountId);
      const info = await probeInstance(address, http);
      if (expected && new URL(expected.instanceUrl).origin !== new URL(info.preview.url).origin) {
        throw new HostError(
          'wrong_account',
          `@${expected.acct} is not on ${info.preview.domain}. Sign in again on ${new URL(expected.instanceUrl).host}.`,
          { expected: expected.acct, actual: info.preview.domain },
        );
      }
      const app = await apps.ensure(info.preview.url, chooseScopes(info.scopesSupported));
      return flows.start({
        instanceUrl: info.preview.url,
        app,
        supportsPkce: info.preview.supportsPkce,
        forceLogin: input.forceLogin ?? expected !== undefined,
        preferOob: input.preferOob ?? false,
        lang: lang(),
        complete: (grant) => storeGrant(context, { info, app, storage, expectedId: expected?.id }, grant),
        appRejected: () => apps.forget(info.preview.url),
      });
    },

    'signIn.finish': ({ flowId }) => flows.finish(flowId),
    'signIn.submitCode': ({ flowId, code }) => flows.submitCode(flowId, code),
    async 'signIn.cancel'({ flowId }) {
      await flows.cancel(flowId);
      return undefined;
    },
  };
}

interface GrantTarget {
  info: InstanceInfo;
  app: AppCredentials;
  storage: TokenStorage;
  /** Re-authorising this account: the token must be its own. */
  expectedId: string | undefined;
}

/** Stores a granted token and its account (updating, never duplicating, an account signed in before). */
function storeGrant(context: AccountsContext, target: GrantTarget, grant: Grant): Promise<AccountSummary> {
  const { store, vault, http, log } = context;
  const { preview } = target.info;
  const instanceUrl = preview.url;
  const id = `${grant.account.id}@${new URL(instanceUrl).host}`;
  const acct = `${grant.account.username}@${preview.domain}`;

  return context.serial(async () => {
    if (target.expectedId !== undefined && target.expectedId !== id) {
      await revokeToken(instanceUrl, target.app, grant.accessToken, http).catch(() => undefined);
      const expected = store.find(target.expectedId);
      throw wrongAccount(expected?.acct ?? target.expectedId, acct);
    }
    const previousToken = vault.get(tokenKey(id));
    await vault.set(tokenKey(id), grant.accessToken, { persist: target.storage !== 'session' });
    await store.upsert({
      id,
      instanceUrl,
      instanceTitle: preview.title,
      remoteId: grant.account.id,
      username: grant.account.username,
      acct,
      displayName: grant.account.displayName,
      avatarUrl: grant.account.avatarUrl,
      avatarStaticUrl: grant.account.avatarStaticUrl,
      storage: target.storage,
      status: 'active',
    });
    if (previousToken && previousToken !== grant.accessToken) {
      // Signing in again replaced the token: the old one should not stay valid on the server.
      void revokeToken(instanceUrl, target.app, previousToken, http).catch((error: unknown) =>
        log.warn(`could not revoke the replaced token of ${id}`, describeError(error)),
      );
    }
    const list = context.changed();
    return list.find((account) => account.id === id)!;
  });
}

function wrongAccount(expected: string, actual: string): HostError {
  return new HostError(
    'wrong_account',
    `You signed in as @${actual}, but this was to sign in @${expected} again. Sign in as @${expected}.`,
    { expected, actual },
  );
}
