import type { QueryClient } from '@tanstack/react-query';
import { compareIds, type ResyncReason } from '../../mastodon';
import type { FeedData, GapItem } from './feed-types';
import { applyBackfill, applyGapFill, idRange, reconcileLatest, walkNewer } from './gaps';
import { flattenFeed, mergeItems, newestSortId } from './merge';
import type { FeedSource } from './timeline.sources';

/** Requests a backfill may make per column (each counts against the 300 per 5 minutes rate limit). */
export const maxBackfillPages = 5;

const running = new Map<string, Promise<void>>();

const statusesIn = (data: FeedData) => flattenFeed(data, false).filter((item) => item.kind !== 'gap');

/** Every cached feed of an account: the one writer patches them all (edits, deletions). */
export function patchAccountFeeds(
  client: QueryClient,
  accountId: string,
  patch: (data: FeedData) => FeedData,
): void {
  client.setQueriesData<FeedData>({ queryKey: ['acct', accountId, 'timeline'] }, (data) =>
    data ? patch(data) : data,
  );
}

export function invalidateAccountFeeds(client: QueryClient, accountId: string): Promise<void> {
  return client.invalidateQueries({ queryKey: ['acct', accountId, 'timeline'] });
}

async function resync(client: QueryClient, source: FeedSource): Promise<void> {
  // A load in flight may predate the socket: wait for it, then fetch what came after.
  const query = client.getQueryCache().find({ queryKey: source.key, exact: true });
  if (query?.state.fetchStatus === 'fetching') await query.promise?.catch(() => undefined);
  const data = client.getQueryData<FeedData>(source.key);
  if (!data) {
    if (query?.state.status === 'error') await client.refetchQueries({ queryKey: source.key, exact: true });
    return;
  }
  const newest = newestSortId(data);
  if (!source.fetchNewer) {
    // Server-ordered feeds (conversations): just load the first pages again.
    await client.invalidateQueries({ queryKey: source.key, exact: true });
    return;
  }
  if (newest === undefined) {
    // An empty feed starts over from the newest page, keeping what the socket delivered meanwhile (a
    // refetch would overwrite it with a page read before those posts existed).
    const first = await source.fetchPage(null);
    client.setQueryData<FeedData>(source.key, (current) =>
      current ? mergeItems({ pages: [first], pageParams: [null] }, statusesIn(current)) : current,
    );
    return;
  }
  // The newest page first: while the socket was away (or not yet open) posts already shown may have been
  // edited or deleted, which walking forward from the newest held id would never see.
  const latest = (await source.fetchPage(null)).items;
  const range = idRange(latest);
  if (!range || compareIds(range.oldest, newest) <= 0) {
    client.setQueryData<FeedData>(source.key, (current) =>
      current ? reconcileLatest(current, latest) : current,
    );
    return;
  }
  // More than a page arrived: walk forward to close the distance, leaving a gap row if it is too far.
  const walk = await walkNewer(newest, source.fetchNewer, maxBackfillPages);
  client.setQueryData<FeedData>(source.key, (current) =>
    current ? reconcileLatest(applyBackfill(current, walk, walk.complete ? [] : latest), latest) : current,
  );
}

/**
 * Brings a feed up to date (after the socket opens or comes back, a resubscription, or a poll on servers
 * without streaming): the newest page is re-read and reconciled, and when more than a page was missed the
 * feed walks forward with `min_id` from the newest item held; one run per feed at a time.
 */
export function resyncFeed(client: QueryClient, source: FeedSource, reason: ResyncReason): Promise<void> {
  const id = JSON.stringify(source.key);
  const current = running.get(id);
  if (current) return current;
  const run = resync(client, source)
    .catch((error: unknown) => console.warn(`[timeline] ${reason} backfill failed`, error))
    .finally(() => running.delete(id));
  running.set(id, run);
  return run;
}

/** The reader clicked "Load missing posts": walk forward from below the gap until it closes (or shrinks). */
export async function fillGap(client: QueryClient, source: FeedSource, gap: GapItem): Promise<void> {
  if (!source.fetchNewer) return;
  const walk = await walkNewer(gap.after, source.fetchNewer, maxBackfillPages, gap.before);
  client.setQueryData<FeedData>(source.key, (current) =>
    current ? applyGapFill(current, gap, walk) : current,
  );
}
