import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { FeedRow } from './filters';
import { readPosition, type MarkerTimeline } from './markers';
import { resumePoint, type ResumePoint } from './resume';
import { markersKey, type MarkersData } from './timeline.queries';

/** How long a column shows its placeholder while reading older pages to find where the reader left off. */
const resumeDeadlineMs = 3_000;

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

export type Resume = Exclude<ResumePoint, { kind: 'more' }>;

/**
 * Where the column reopens (see `resumePoint`), decided once, when its first pages are in; 'pending'
 * while older pages are read to find it, for at most a few seconds. The server's marker counts when it is
 * already known (read on another device since); it is not waited for.
 */
export function useResumeFrom(options: Options): Resume | 'pending' {
  const { saved, accountId, markerTimeline, rows, readingMore, readMore } = options;
  const client = useQueryClient();
  const [decided, setDecided] = useState<Resume>();
  const [expired, setExpired] = useState(false);

  let point: ResumePoint | undefined;
  if (!decided && rows) {
    const server =
      saved !== undefined && accountId && markerTimeline
        ? client.getQueryData<MarkersData>(markersKey(accountId))?.[markerTimeline]?.lastReadId
        : undefined;
    point = resumePoint(
      saved === undefined ? undefined : readPosition(saved, server),
      rows,
      options.pages,
      options.hasNextPage && !options.readMoreFailed && !expired,
    );
    // Decided during this render, not in an effect: an effect would draw the first posts a frame later.
    if (point.kind !== 'more') setDecided(point);
  }

  const wantsMore = point?.kind === 'more';
  useEffect(() => {
    if (wantsMore && !readingMore) readMore();
  }, [wantsMore, readingMore, readMore]);
  useEffect(() => {
    if (!wantsMore) return;
    const timer = setTimeout(() => setExpired(true), resumeDeadlineMs);
    return () => clearTimeout(timer);
  }, [wantsMore]);

  if (decided) return decided;
  return !point || point.kind === 'more' ? 'pending' : point;
}
