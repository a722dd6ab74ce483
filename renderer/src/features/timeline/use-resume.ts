import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { FeedRow } from './filters';
import { readPosition, type MarkerTimeline } from './markers';
import { resumePoint, type ResumePoint } from './resume';
import { markersQueryOptions } from './timeline.queries';

/**
 * How long a column shows its placeholder while it waits for the server's marker or reads older pages to
 * find where the reader left off.
 */
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
 * while older pages are read to find it, for at most a few seconds. A home column read here before also
 * waits for the server's marker (asked for beside its first page), so a place read since on another
 * device counts.
 */
export function useResumeFrom(options: Options): Resume | 'pending' {
  const { saved, accountId, markerTimeline, rows, readingMore, readMore } = options;
  const markers = useQuery({
    ...markersQueryOptions(accountId ?? ''),
    enabled: Boolean(saved !== undefined && accountId && markerTimeline),
  });
  const [decided, setDecided] = useState<Resume>();
  const [expired, setExpired] = useState(false);

  const awaitingMarker = !expired && markers.isLoading;
  let point: ResumePoint | undefined;
  if (!decided && rows && !awaitingMarker) {
    const server = markerTimeline ? markers.data?.[markerTimeline]?.lastReadId : undefined;
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
  const waiting = !decided && (wantsMore || awaitingMarker);
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(() => setExpired(true), resumeDeadlineMs);
    return () => clearTimeout(timer);
  }, [waiting]);

  if (decided) return decided;
  return !point || point.kind === 'more' ? 'pending' : point;
}
