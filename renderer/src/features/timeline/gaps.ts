import { compareIds } from '../../mastodon';
import type { FeedData, FeedItem, GapItem } from './feed-types';
import { gapItem, mapItems, mergeItems } from './merge';

/** One page walking forward (`min_id`): its items, and whether it was full (so more may follow). */
export interface NewerPage {
  items: FeedItem[];
  full: boolean;
}

export interface WalkResult {
  items: FeedItem[];
  /** True when nothing newer is left to fetch (or `until` was reached). */
  complete: boolean;
  /** The newest id reached; a remaining gap starts after it. */
  reached: string;
}

/**
 * Walks forward from `from` with `min_id`, page after page, at most `maxPages` times (each page is a request
 * against the account's rate limit). With `until`, stops as soon as it meets that id (a gap's upper side).
 * @see https://docs.joinmastodon.org/api/guidelines/#pagination
 */
export async function walkNewer(
  from: string,
  fetchNewer: (minId: string) => Promise<NewerPage>,
  maxPages: number,
  until?: string,
): Promise<WalkResult> {
  const items: FeedItem[] = [];
  let reached = from;
  for (let page = 0; page < maxPages; page++) {
    const result = await fetchNewer(reached);
    const newer = result.items.filter((item) => compareIds(item.sortId, reached) > 0);
    items.push(...newer);
    const newest = newer.reduce<string | undefined>(
      (max, item) => (max === undefined || compareIds(item.sortId, max) > 0 ? item.sortId : max),
      undefined,
    );
    if (newest === undefined) return { items, complete: true, reached };
    reached = newest;
    if (until !== undefined && compareIds(reached, until) >= 0) return { items, complete: true, reached };
    if (!result.full) return { items, complete: true, reached };
  }
  return { items, complete: false, reached };
}

/**
 * Merges a reconnect's backfill. When the walk did not catch up, `latest` (the newest page, fetched without
 * a cursor) is merged too and a gap row marks what lies between them, to be loaded on demand.
 */
export function applyBackfill(data: FeedData, walk: WalkResult, latest: readonly FeedItem[] = []): FeedData {
  let next = mergeItems(data, walk.items);
  if (walk.complete || latest.length === 0) return next;
  next = mergeItems(next, latest);
  const oldestLatest = latest.reduce<string | undefined>(
    (min, item) =>
      item.kind === 'gap' ? min : min === undefined || compareIds(item.sortId, min) < 0 ? item.sortId : min,
    undefined,
  );
  if (oldestLatest === undefined || compareIds(oldestLatest, walk.reached) <= 0) return next;
  return mergeItems(next, [gapItem(walk.reached, oldestLatest)]);
}

/** Merges what a click on a gap loaded; the gap disappears, or shrinks to what is still missing. */
export function applyGapFill(data: FeedData, gap: GapItem, walk: WalkResult): FeedData {
  const without = mapItems(data, (item) => (item.key === gap.key ? undefined : item));
  const merged = mergeItems(without, walk.items);
  if (walk.complete || compareIds(walk.reached, gap.before) >= 0) return merged;
  return mergeItems(merged, [gapItem(walk.reached, gap.before)]);
}

export const findGap = (data: FeedData | undefined, key: string): GapItem | undefined => {
  for (const page of data?.pages ?? []) {
    for (const item of page.items) if (item.kind === 'gap' && item.key === key) return item;
  }
  return undefined;
};
