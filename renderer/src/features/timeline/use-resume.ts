import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { FeedRow } from './filters';
import { readPosition, type MarkerTimeline } from './markers';
import { resumePoint } from './resume';
import { markersKey, type MarkersData } from './timeline.queries';

interface Options {
  /** The column's own last-read post (the deck's). A column never read here opens at the top. */
  saved: string | undefined;
  accountId: string | undefined;
  markerTimeline: MarkerTimeline | undefined;
  /** The feed's rows, undefined until its first page is in. */
  rows: readonly FeedRow[] | undefined;
  pages: number;
  hasNextPage: boolean;
  readingMore: boolean;
  readMoreFailed: boolean;
  readMore(): void;
}

/**
 * Where the column reopens, decided once, when its first pages are in: the post from which it shows the
 * feed (newer ones wait behind the "N new posts" pill), undefined for the top, or 'pending' while older
 * pages are read to find it. The server's marker counts when it is already known (read on another device
 * since); it is not waited for.
 */
export function useResumeFrom(options: Options): string | undefined | 'pending' {
  const { saved, accountId, markerTimeline, rows, readingMore, readMore } = options;
  const client = useQueryClient();
  const [decided, setDecided] = useState<{ from: string | undefined }>();

  let point;
  if (!decided && rows) {
    const server =
      saved !== undefined && accountId && markerTimeline
        ? client.getQueryData<MarkersData>(markersKey(accountId))?.[markerTimeline]?.lastReadId
        : undefined;
    point = resumePoint(
      saved === undefined ? undefined : readPosition(saved, server),
      rows,
      options.pages,
      options.hasNextPage && !options.readMoreFailed,
    );
    // Decided during this render, not in an effect: an effect would draw the first posts a frame later.
    if (point.kind !== 'more') setDecided({ from: point.kind === 'from' ? point.readId : undefined });
  }

  const wantsMore = point?.kind === 'more';
  useEffect(() => {
    if (wantsMore && !readingMore) readMore();
  }, [wantsMore, readingMore, readMore]);

  if (decided) return decided.from;
  if (!point || point.kind === 'more') return 'pending';
  return point.kind === 'from' ? point.readId : undefined;
}
