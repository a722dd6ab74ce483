import { compareIds } from '../../mastodon';
import type {
  Conversation,
  ConversationItem,
  FeedData,
  FeedItem,
  FeedPage,
  GapItem,
  Status,
  StatusItem,
} from './feed-types';

export const statusItem = (status: Status): StatusItem => ({
  kind: 'status',
  key: `s:${status.id}`,
  sortId: status.id,
  status,
});

export const conversationItem = (conversation: Conversation): ConversationItem => ({
  kind: 'conversation',
  key: `c:${conversation.id}`,
  sortId: conversation.lastStatus?.id ?? '',
  conversation,
});

export const gapItem = (after: string, before: string): GapItem => ({
  kind: 'gap',
  key: `gap:${after}`,
  sortId: after,
  after,
  before,
});

/** The post a status shows: the boosted one for a boost. */
export const contentOf = (status: Status): Status => status.reblog ?? status;

/** Newest first; a gap sits right above the item whose id it starts after. */
export function compareItems(a: FeedItem, b: FeedItem): number {
  const byId = compareIds(b.sortId, a.sortId);
  if (byId !== 0) return byId;
  if (a.kind === 'gap' && b.kind !== 'gap') return -1;
  if (b.kind === 'gap' && a.kind !== 'gap') return 1;
  return 0;
}

const sorted = (items: FeedItem[]) => [...items].sort(compareItems);

/** Applies `change` to every page; returns the same object when no page changed (react-query keeps renders). */
export function mapPages(data: FeedData, change: (page: FeedPage, index: number) => FeedPage): FeedData {
  let changed = false;
  const pages = data.pages.map((page, index) => {
    const next = change(page, index);
    if (next !== page) changed = true;
    return next;
  });
  return changed ? { ...data, pages } : data;
}

/** Maps every item (returning the same item keeps it; `undefined` removes it). */
export function mapItems(data: FeedData, change: (item: FeedItem) => FeedItem | undefined): FeedData {
  return mapPages(data, (page) => {
    let changed = false;
    const items: FeedItem[] = [];
    for (const item of page.items) {
      const next = change(item);
      if (next !== item) changed = true;
      if (next) items.push(next);
    }
    return changed ? { ...page, items } : page;
  });
}

/** The newest id held (gaps excluded), to backfill from. */
export function newestSortId(data: FeedData | undefined): string | undefined {
  let newest: string | undefined;
  for (const page of data?.pages ?? []) {
    for (const item of page.items) {
      if (item.kind === 'gap' || item.sortId === '') continue;
      if (newest === undefined || compareIds(item.sortId, newest) > 0) newest = item.sortId;
    }
  }
  return newest;
}

/**
 * Merges items into a chronological feed: an item whose key is already held replaces it in place (an
 * upsert); a new one goes into the page whose id range covers it, keeping strict newest-first order. Items
 * older than everything held are dropped while older pages remain to be fetched (they will come with them).
 */
export function mergeItems(data: FeedData, incoming: readonly FeedItem[]): FeedData {
  if (incoming.length === 0) return data;
  const byKey = new Map(incoming.map((item) => [item.key, item]));
  const seen = new Set<string>();
  let merged = mapItems(data, (item) => {
    const replacement = byKey.get(item.key);
    if (!replacement) return item;
    seen.add(item.key);
    return replacement;
  });
  const fresh = sorted([...byKey.values()].filter((item) => !seen.has(item.key)));
  if (fresh.length === 0) return merged;

  const pages = merged.pages.map((page) => ({ ...page, items: [...page.items] }));
  // Each page covers ids down to its oldest item (pages are newest-first, each sorted).
  const oldestOf = merged.pages.map((page) => page.items[page.items.length - 1]);
  const touched = new Set<number>();
  for (const item of fresh) {
    let target = -1;
    for (let index = 0; index < pages.length; index++) {
      const oldest = oldestOf[index];
      if (oldest && compareItems(item, oldest) <= 0) {
        target = index;
        break;
      }
    }
    if (target < 0) {
      const last = pages.length - 1;
      const atEnd = last < 0 || pages[last]!.next === null;
      const allEmpty = pages.every((page) => page.items.length === 0);
      if (allEmpty && pages.length > 0) target = 0;
      else if (atEnd && last >= 0) target = last;
      else continue;
    }
    pages[target]!.items.push(item);
    touched.add(target);
  }
  if (touched.size === 0) return merged;
  merged = {
    ...merged,
    pages: pages.map((page, index) =>
      touched.has(index) ? { ...page, items: sorted(page.items) } : merged.pages[index]!,
    ),
  };
  return merged;
}

/** Puts a conversation first (it has a new message), replacing its older copy. */
export function upsertConversation(data: FeedData, conversation: Conversation): FeedData {
  const item = conversationItem(conversation);
  const without = mapItems(data, (existing) => (existing.key === item.key ? undefined : existing));
  return mapPages(without, (page, index) => (index === 0 ? { ...page, items: [item, ...page.items] } : page));
}

/**
 * Bounds memory: keeps at most `maxItems` items from the top. Whole pages past the cap are dropped; in a
 * chronological feed the page the cap falls in is cut too, and its cursor moved to the last item kept
 * (`max_id` works for any status or notification id). Older posts come back by scrolling.
 */
export function trimFeed(data: FeedData, maxItems: number, cutPages: boolean): FeedData {
  let count = 0;
  for (let index = 0; index < data.pages.length; index++) {
    const page = data.pages[index]!;
    if (count + page.items.length <= maxItems) {
      count += page.items.length;
      continue;
    }
    const keepPages = index + (cutPages ? 1 : 0);
    if (keepPages >= data.pages.length && !cutPages) return data;
    const pages = data.pages.slice(0, Math.max(1, keepPages));
    const pageParams = data.pageParams.slice(0, pages.length);
    if (cutPages) {
      let items = page.items.slice(0, Math.max(0, maxItems - count));
      while (items.length > 0 && items[items.length - 1]!.kind === 'gap') items = items.slice(0, -1);
      const last = items[items.length - 1];
      pages[pages.length - 1] = { items, next: last ? { maxId: last.sortId } : page.next };
    }
    return { pages, pageParams };
  }
  return data;
}

/** Every item once, in display order (strict newest-first for chronological feeds). */
export function flattenFeed(data: FeedData | undefined, chronological: boolean): FeedItem[] {
  const seen = new Set<string>();
  const items: FeedItem[] = [];
  for (const page of data?.pages ?? []) {
    for (const item of page.items) {
      if (seen.has(item.key)) continue;
      seen.add(item.key);
      items.push(item);
    }
  }
  return chronological ? items.sort(compareItems) : items;
}

/**
 * While the reader is away from the top, a fast stream piles posts up above them. Keep the newest `max` of
 * those newer than `boundary` (the newest post they have been shown) and replace the rest by a gap, so
 * memory stays bounded and nothing is silently lost.
 */
export function capNewer(data: FeedData, boundary: string, max: number): FeedData {
  const newer = flattenFeed(data, true).filter(
    (item) => item.kind !== 'gap' && compareIds(item.sortId, boundary) > 0,
  );
  if (newer.length <= max) return data;
  const oldestKept = newer[max - 1]?.sortId;
  const dropped = new Set(newer.slice(max).map((item) => item.key));
  const trimmed = mapItems(data, (item) => {
    if (dropped.has(item.key)) return undefined;
    // Gaps inside the dropped stretch are covered by the new one.
    if (
      item.kind === 'gap' &&
      compareIds(item.sortId, boundary) >= 0 &&
      (!oldestKept || compareIds(item.sortId, oldestKept) < 0)
    ) {
      return undefined;
    }
    return item;
  });
  return oldestKept ? mergeItems(trimmed, [gapItem(boundary, oldestKept)]) : trimmed;
}
