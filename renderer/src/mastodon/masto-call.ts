import type { mastodon } from 'masto';
import { authExpired } from './account-session';
import { clientRegistry, type MastoClients } from './client-registry';
import { MastoFailureError, toMastoFailure } from './masto-errors';

/**
 * Runs a request as an account and types its failure at the edge: whatever goes wrong is thrown as a
 * MastoFailureError, and a 401 marks the account as needing sign-in (once) and stops its streams.
 */
export async function withAccount<T>(
  accountId: string,
  run: (clients: MastoClients) => Promise<T>,
): Promise<T> {
  try {
    return await run(await clientRegistry.clientFor(accountId));
  } catch (error) {
    const failure = toMastoFailure(error);
    if (failure.kind === 'auth_expired') authExpired(accountId);
    throw new MastoFailureError(failure, { cause: error });
  }
}

/** Runs an unauthenticated request against any server (public-instance columns). */
export async function withPublicInstance<T>(
  instance: string,
  run: (rest: mastodon.rest.Client) => Promise<T>,
): Promise<T> {
  try {
    return await run(clientRegistry.publicClientFor(instance));
  } catch (error) {
    throw new MastoFailureError(toMastoFailure(error, { authenticated: false }), { cause: error });
  }
}
