import type { mastodon } from 'masto';

type Status = mastodon.v1.Status;

/** A change the user made to a post whose request is still in flight (a favourite, a vote…). */
export type PendingChange = (status: Status) => Status;

const pending = new Map<string, PendingChange[]>();
const keyOf = (accountId: string, statusId: string) => `${accountId}\n${statusId}`;

/**
 * Remembers `change` to post `statusId` (as `accountId` sees it) until the returned function is called.
 * Optimistic guesses live in the query cache, so any fresh copy of the post fetched meanwhile (a reconnect's
 * resync, a refetch) would silently undo them; loaders pass what they fetch through `withPendingChanges`.
 */
export function changePending(accountId: string, statusId: string, change: PendingChange): () => void {
  const key = keyOf(accountId, statusId);
  pending.set(key, [...(pending.get(key) ?? []), change]);
  return () => {
    const rest = (pending.get(key) ?? []).filter((held) => held !== change);
    if (rest.length > 0) pending.set(key, rest);
    else pending.delete(key);
  };
}

const applied = (accountId: string, status: Status): Status =>
  (pending.get(keyOf(accountId, status.id)) ?? []).reduce((held, change) => change(held), status);

/** `status` (or the post it boosts) with the user's changes still in flight applied on top. */
export function withPendingChanges(accountId: string | undefined, status: Status): Status {
  if (pending.size === 0 || accountId === undefined) return status;
  const own = applied(accountId, status);
  if (!own.reblog) return own;
  const reblog = applied(accountId, own.reblog);
  return reblog === own.reblog ? own : { ...own, reblog };
}
