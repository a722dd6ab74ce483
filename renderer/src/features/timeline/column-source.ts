import type { QueryClient } from '@tanstack/react-query';
import type { Column } from '../../../../electron/ipc/types/deck';
import { isNotificationsColumn } from '../notifications';
import { feedQueryOptions, markersQueryOptions } from './timeline.queries';
import { feedIdentity, feedSourceFor, type FeedSource } from './timeline.sources';

const sources = new Map<string, FeedSource | undefined>();

/** One source object per distinct feed, so hooks keyed on it do not restart on every deck change. */
export function sourceOf(column: Column): FeedSource | undefined {
  const identity = feedIdentity(column);
  if (!sources.has(identity)) {
    if (sources.size > 300) sources.delete(sources.keys().next().value!);
    sources.set(identity, feedSourceFor(column));
  }
  return sources.get(identity);
}

/**
 * Asks for a timeline column's first page into the cache its feed will read, before the column is
 * rendered. Notification columns load their own way when they mount.
 */
export function prefetchColumnFeed(client: QueryClient, column: Column): void {
  if (isNotificationsColumn(column)) return;
  const source = sourceOf(column);
  if (!source) return;
  void client.prefetchInfiniteQuery(feedQueryOptions(source));
  // A column read here before reopens where the reader left off, or where the server's marker says they
  // read since on another device: asked for beside the first page, it need not be waited for.
  if (source.accountId && source.markerTimeline && column.lastReadId !== undefined)
    void client.prefetchQuery(markersQueryOptions(source.accountId));
}
