import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Column } from '../../../../electron/ipc/types/deck';
import { isNewer, newerId } from '../../mastodon';
import type { FeedRow } from './filters';
import { readPosition, unreadCount } from './markers';
import { markersQueryOptions } from './timeline.queries';
import { markerSyncFor } from './timeline.markers';
import type { FeedSource } from './timeline.sources';
import { columnFeedClosed, unreadCounted } from './timeline.store';

const reportDelayMs = 1_000;

interface Options {
  column: Column;
  source: FeedSource;
  /** Rows of a chronological feed (others have no meaningful read position). */
  rows: readonly FeedRow[];
  onReadPositionChange: ((lastReadId: string) => void) | undefined;
}

/**
 * Where the reader is in a column: the newest of the deck's `lastReadId`, the server marker (home,
 * fetched on open) and what they have seen since. Publishes the unread count for the header
 * badge, reports forward moves to the deck, and writes the server marker (debounced, never backwards).
 */
export function useReadPosition({
  column,
  source,
  rows,
  onReadPositionChange,
}: Options): (seenId: string) => void {
  const client = useQueryClient();
  const { accountId, markerTimeline } = source;
  const markers = useQuery({
    ...markersQueryOptions(accountId ?? ''),
    enabled: Boolean(accountId && markerTimeline),
  });
  const serverId = markerTimeline ? markers.data?.[markerTimeline]?.lastReadId : undefined;
  const [seen, setSeen] = useState<string>();
  const readId = readPosition(column.lastReadId, serverId, seen);
  const unread = unreadCount(rows, readId);
  const report = useRef(onReadPositionChange);

  useEffect(() => {
    report.current = onReadPositionChange;
  }, [onReadPositionChange]);

  const serverMarker = markerTimeline ? markers.data?.[markerTimeline] : undefined;
  useEffect(() => {
    if (accountId && markerTimeline && serverMarker)
      markerSyncFor(client, accountId, markerTimeline).learn(serverMarker);
  }, [client, accountId, markerTimeline, serverMarker]);

  useEffect(() => unreadCounted(column.id, unread), [column.id, unread]);
  useEffect(() => () => columnFeedClosed(column.id), [column.id]);

  // The newest post read goes to the deck (and the server marker) at most a second after it moves: at the
  // top of a busy column it moves with every batch, which must not put it off for ever. Whatever is still
  // unpublished goes out when the column closes or the window unloads, since the column reopens there.
  const publish = useRef<() => void>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    if (seen === undefined) return;
    publish.current = () => {
      publish.current = undefined;
      if (column.lastReadId === undefined || isNewer(seen, column.lastReadId)) report.current?.(seen);
      if (accountId && markerTimeline && (serverId === undefined || isNewer(seen, serverId))) {
        markerSyncFor(client, accountId, markerTimeline).propose(seen);
      }
    };
    timer.current ??= setTimeout(() => {
      timer.current = undefined;
      publish.current?.();
    }, reportDelayMs);
  }, [seen, column.lastReadId, serverId, accountId, markerTimeline, client]);

  useEffect(() => {
    const flush = () => publish.current?.();
    // Capturing: at the window it runs before the deck's own unload flush, which then saves it.
    window.addEventListener('beforeunload', flush, { capture: true });
    return () => {
      window.removeEventListener('beforeunload', flush, { capture: true });
      clearTimeout(timer.current);
      timer.current = undefined;
      flush();
    };
  }, []);

  return useCallback((seenId: string) => setSeen((previous) => newerId(previous, seenId)), []);
}
