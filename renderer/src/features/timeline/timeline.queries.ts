import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import {
  isTransient,
  MastoFailureError,
  toMastoFailure,
  withAccount,
  type Cursor,
  type MastoFailure,
} from '../../mastodon';
import { withoutStructuralSharing } from '../../lib/feed-query';
import type { FeedData, FeedPage } from './feed-types';
import type { MarkerItem, MarkerTimeline } from './markers';
import type { FeedSource } from './timeline.sources';

/** A query error as the typed union (our query functions already throw MastoFailureError). */
export const failureOf = (error: unknown): MastoFailure =>
  error instanceof MastoFailureError ? error.failure : toMastoFailure(error);

/** A column's feed: pages from the server's paginator, newest first, older pages fetched as the reader scrolls. */
export function feedQueryOptions(source: FeedSource) {
  return infiniteQueryOptions<FeedPage, Error, FeedData, readonly unknown[], Cursor | null>({
    queryKey: source.key,
    queryFn: ({ pageParam }) => source.fetchPage(pageParam),
    initialPageParam: null,
    getNextPageParam: (last: FeedPage) => last.next,
    // Streamed feeds are kept current by the stream and by backfills after reconnects.
    staleTime: source.streams.length > 0 ? Infinity : 60_000,
    ...withoutStructuralSharing,
    retry: (count, error) => count < 2 && isTransient(failureOf(error)),
    retryDelay: (count) => 1_000 * 2 ** count,
  });
}

export type MarkersData = Partial<Record<MarkerTimeline, MarkerItem>>;

export const markersKey = (accountId: string) => ['acct', accountId, 'markers'] as const;

/** The home read marker of an account (its notifications marker is features/notifications'). */
export const markersQueryOptions = (accountId: string) =>
  queryOptions({
    queryKey: markersKey(accountId),
    queryFn: (): Promise<MarkersData> =>
      withAccount(accountId, ({ rest }) => rest.v1.markers.fetch({ timeline: ['home'] })),
    staleTime: 60_000,
    retry: false,
  });
