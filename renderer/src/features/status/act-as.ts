import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AccountSummary } from '../../../../electron/ipc/types/accounts';
import { MastoFailureError, withAccount, type mastodon } from '../../mastodon';

type Status = mastodon.v1.Status;

/**
 * Acting as another signed-in account: a post (or an author) seen by one account has another id on every
 * other instance, so it is first looked up there with `/api/v2/search?resolve=true`, which fetches it over
 * federation when the server does not know it yet. Accounts on the same instance share ids, but each sees
 * its own flags (favourited, boosted…), so the post is fetched again as that account.
 * @see https://docs.joinmastodon.org/methods/search/#v2
 */

/** `alice@example.social` → `example.social` (the domain handles are written with, not always the web host). */
export const handleDomain = (account: AccountSummary): string =>
  account.acct.includes('@')
    ? account.acct.slice(account.acct.lastIndexOf('@') + 1)
    : new URL(account.instanceUrl).host;

/** A handle as another server needs it: local accounts get their server's domain. */
export const fullAcct = (acct: string, reader: AccountSummary | undefined): string =>
  acct.includes('@') || !reader ? acct : `${acct}@${handleDomain(reader)}`;

export const sameInstance = (a: AccountSummary, b: AccountSummary | undefined): boolean =>
  b !== undefined && a.instanceUrl === b.instanceUrl;

const notFound = () => new MastoFailureError({ kind: 'not_found' });

/** The post as `actor` sees it on its own server. */
export function resolveStatus(
  actor: AccountSummary,
  reader: AccountSummary | undefined,
  post: Status,
): Promise<Status> {
  return withAccount(actor.id, async ({ rest }) => {
    if (sameInstance(actor, reader)) return rest.v1.statuses.$select(post.id).fetch();
    for (const q of new Set([post.uri, post.url].filter((value): value is string => Boolean(value)))) {
      const found = await rest.v2.search.list({ q, type: 'statuses', resolve: true, limit: 1 });
      const match = found.statuses[0];
      if (match) return match;
    }
    throw notFound();
  });
}

/** The author (or anyone) as `actor` sees them on its own server. */
export function resolveAccount(
  actor: AccountSummary,
  reader: AccountSummary | undefined,
  account: Pick<mastodon.v1.Account, 'id' | 'acct' | 'url'>,
): Promise<mastodon.v1.Account> {
  return withAccount(actor.id, async ({ rest }) => {
    if (sameInstance(actor, reader)) return rest.v1.accounts.$select(account.id).fetch();
    const q = fullAcct(account.acct, reader);
    const found = await rest.v2.search.list({ q, type: 'accounts', resolve: true, limit: 1 });
    const match = found.accounts.find((a) => a.acct.toLowerCase() === q.toLowerCase()) ?? found.accounts[0];
    if (!match) throw notFound();
    return match;
  });
}

export const resolvedStatusKey = (accountId: string, uri: string) =>
  ['acct', accountId, 'resolved', uri] as const;

export const resolvedStatusQuery = (
  actor: AccountSummary,
  reader: AccountSummary | undefined,
  post: Status,
) =>
  queryOptions({
    queryKey: resolvedStatusKey(actor.id, post.uri),
    queryFn: () => resolveStatus(actor, reader, post),
    staleTime: 5 * 60_000,
    retry: false,
  });

/**
 * The post as another account sees it: the copy resolved on the actor's server (loading while undefined).
 * Mounted only while a card acts as someone other than its reader: most cards never do, and a query
 * observer per card was measurable when a busy stream mounts cards all the time.
 */
export function useActorCopy(
  actor: AccountSummary,
  reader: AccountSummary | undefined,
  post: Status,
): ActorCopy {
  const query = useQuery(resolvedStatusQuery(actor, reader, post));
  return { copy: query.data, error: query.error ?? undefined, loading: query.isPending };
}

/** The post the action bar acts on, as its actor sees it. */
export interface ActorCopy {
  copy: Status | undefined;
  error: unknown;
  loading: boolean;
}
