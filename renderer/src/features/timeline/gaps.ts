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

/** Oldest and newest ids of `items` (gaps excluded), or undefined when there are none. */
export function idRange(items: readonly FeedItem[]): { oldest: string; newest: string } | undefined {
  let range: { oldest: string; newest: string } | undefined;
  for (const item of items) {
    if (item.kind === 'gap' || item.sortId === '') continue;
    if (!range) range = { oldest: item.sortId, newest: item.sortId };
    else if (compareIds(item.sortId, range.oldest) < 0) range.oldest = item.sortId;
    else if (compareIds(item.sortId, range.newest) > 0) range.newest = item.sortId;
  }
  return range;
}

/**
 * Makes the held feed agree with a freshly fetched newest page: every item in it replaces its held copy
 * (edits, counts, polls made while the stream was away), new ones are merged, and held items inside the
 * page's id range that the server no longer lists (deleted meanwhile) are dropped.
 */
export function reconcileLatest(data: FeedData, latest: readonly FeedItem[]): FeedData {
  const range = idRange(latest);
  if (!range) return data;
  const listed = new Set(latest.map((item) => item.key));
  const pruned = mapItems(data, (item) => {
    if (item.kind === 'gap' || listed.has(item.key)) return item;
    const inside = compareIds(item.sortId, range.oldest) >= 0 && compareIds(item.sortId, range.newest) <= 0;
    return inside ? undefined : item;
  });
  return mergeItems(pruned, latest);
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
