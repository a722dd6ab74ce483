import type { QueryClient } from '@tanstack/react-query';
import { compareIds, type ResyncReason, type StreamEvent } from '../../mastodon';
import type { FeedData, GapItem } from './feed-types';
import { applyBackfill, applyGapFill, idRange, reconcileLatest, walkNewer } from './gaps';
import { newestSortId } from './merge';
import { applyStreamEvents } from './stream-apply';
import type { FeedSource } from './timeline.sources';

/** Requests a backfill may make per column (each counts against the 300 per 5 minutes rate limit). */
export const maxBackfillPages = 5;

const running = new Map<string, Promise<void>>();

/** Stream events applied to a feed while its first pages were being loaded again, by feed (see `resync`). */
const appliedDuringReload = new Map<string, StreamEvent[]>();

/**
 * The stream writer reports the events it applied to a feed: a reload in flight applies them again over
 * its answer, which was read before some of them happened and would otherwise replace them.
 */
export function streamEventsApplied(source: FeedSource, events: readonly StreamEvent[]): void {
  appliedDuringReload.get(JSON.stringify(source.key))?.push(...events);
}

/**
 * Loads a feed's first pages again, then applies again what the stream delivered meanwhile: the answer
 * was read before those events, and would replace them (a post streamed into an empty column vanished).
 */
async function reload(client: QueryClient, source: FeedSource): Promise<void> {
  const id = JSON.stringify(source.key);
  const during: StreamEvent[] = [];
  appliedDuringReload.set(id, during);
  try {
    await client.invalidateQueries({ queryKey: source.key, exact: true });
  } finally {
    appliedDuringReload.delete(id);
  }
  if (during.length === 0) return;
  client.setQueryData<FeedData>(source.key, (data) => applyStreamEvents(data, during, source.rules));
}

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
  if (!source.fetchNewer || newest === undefined) {
    // Server-ordered feeds (conversations) or an empty feed: their first pages again.
    await reload(client, source);
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
