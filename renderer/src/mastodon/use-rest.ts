import type { mastodon } from 'masto';
import { useEffect, useSyncExternalStore } from 'react';
import { clientRegistry } from './client-registry';

/**
 * The REST client of an account, once its token has been fetched from the host (undefined until then, or
 * when no account is given). For queries prefer `withAccount`, which also types errors.
 */
export function useRest(accountId: string | undefined): mastodon.rest.Client | undefined {
  const clients = useSyncExternalStore(clientRegistry.subscribe, () =>
    accountId ? clientRegistry.peek(accountId) : undefined,
  );
  useEffect(() => {
    if (!accountId || clientRegistry.peek(accountId)) return;
    clientRegistry.clientFor(accountId).catch((error: unknown) => {
      console.warn('[mastodon] could not create the client for', accountId, error);
    });
  }, [accountId]);
  return clients?.rest;
}
