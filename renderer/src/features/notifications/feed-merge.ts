import type { InfiniteData } from '@tanstack/react-query';
import { compareIds, type Cursor, type mastodon } from '../../mastodon';
import { patchStatus, statusWithout, type StatusChange } from '../status';
import {
  combineEntries,
  compareEntries,
  entryOf,
  groupKeyOf,
  withNotification,
  type GroupingMode,
  type NotificationEntry,
} from './notification-entry';
import type { Notification } from './notification-kinds';
import { isUnreadEntry, type UnreadState } from './unread';

/** One page of a notifications feed, as cached: its entries and the cursor of the next (older) page. */
export interface NotificationsPage {
  mode: GroupingMode;
  entries: NotificationEntry[];
  next: Cursor | null;
}

export type NotificationsData = InfiniteData<NotificationsPage, Cursor | null>;

type Status = mastodon.v1.Status;

const modeOf = (data: NotificationsData): GroupingMode => data.pages[0]?.mode ?? 'server';

/**
 * Every entry once, newest first. A v2 group met again on a later page is the same group (its count is the
 * server's total): the first wins. A group made here may span pages: its parts are added up.
 */
export function flattenEntries(data: NotificationsData | undefined): NotificationEntry[] {
  if (!data) return [];
  const combine = modeOf(data) === 'client';
  const byKey = new Map<string, NotificationEntry>();
  for (const page of data.pages) {
    for (const entry of page.entries) {
      const held = byKey.get(entry.key);
      if (!held) byKey.set(entry.key, entry);
      else if (combine) byKey.set(entry.key, combineEntries(held, entry));
    }
  }
  return [...byKey.values()].sort(compareEntries);
}

/** The newest notification id held (what the reader sees first). */
export function newestIdOf(data: NotificationsData | undefined): string | undefined {
  let newest: string | undefined;
  for (const page of data?.pages ?? []) {
    for (const entry of page.entries) {
      if (newest === undefined || compareIds(entry.newestId, newest) > 0) newest = entry.newestId;
    }
  }
  return newest;
}

/** Removes the entries whose key is in `keys` from every page; returns what was removed, in page order. */
function takeOut(
  data: NotificationsData,
  keys: ReadonlySet<string>,
): { data: NotificationsData; taken: NotificationEntry[] } {
  const taken: NotificationEntry[] = [];
  let changed = false;
  const pages = data.pages.map((page) => {
    if (!page.entries.some((entry) => keys.has(entry.key))) return page;
    changed = true;
    return {
      ...page,
      entries: page.entries.filter((entry) => {
        if (!keys.has(entry.key)) return true;
        taken.push(entry);
        return false;
      }),
    };
  });
  return { data: changed ? { ...data, pages } : data, taken };
}

function intoFirstPage(data: NotificationsData, entries: readonly NotificationEntry[]): NotificationsData {
  const [first, ...rest] = data.pages;
  if (!first) return data;
  return {
    ...data,
    pages: [{ ...first, entries: [...entries, ...first.entries].sort(compareEntries) }, ...rest],
  };
}

/**
 * Merges a streamed notification into a cached feed: it joins its group (one more, its author first, the
 * group moves to the top) or becomes a new entry, `ungrouped-{id}` for types we do not group. A
 * notification the group already counts (a backfill racing the stream) changes nothing.
 */
export function mergeNotification(data: NotificationsData, notification: Notification): NotificationsData {
  if (data.pages.length === 0) return data;
  const mode = modeOf(data);
  const key = groupKeyOf(notification, mode);
  const { data: without, taken } = takeOut(data, new Set([key]));
  const held = taken.length === 0 ? undefined : mode === 'client' ? taken.reduce(combineEntries) : taken[0];
  if (held && compareIds(notification.id, held.newestId) <= 0) return data;
  const entry = held ? withNotification(held, notification) : entryOf(notification, key);
  return intoFirstPage(without, [entry]);
}

/**
 * Merges the newest page fetched after a reconnect. Its groups replace the ones held (fresher counts and
 * samples). When even its oldest entry is newer than everything held, what lies between is unknown:
 * the feed starts over from that page, and older pages come back by scrolling.
 */
export function mergeNewestPage(data: NotificationsData, page: NotificationsPage): NotificationsData {
  if (page.entries.length === 0) return data;
  const newestHeld = newestIdOf(data);
  const oldestFresh = page.entries.reduce<string | undefined>(
    (min, entry) => (min === undefined || compareIds(entry.newestId, min) < 0 ? entry.newestId : min),
    undefined,
  );
  const missesSome =
    page.next !== null &&
    newestHeld !== undefined &&
    oldestFresh !== undefined &&
    compareIds(oldestFresh, newestHeld) > 0;
  if (missesSome || data.pages.length === 0) return { pages: [page], pageParams: [null] };
  const { data: without } = takeOut(data, new Set(page.entries.map((entry) => entry.key)));
  return intoFirstPage(without, page.entries);
}

/** Applies `change` to the entry with `key` wherever it is. */
export function patchEntry(
  data: NotificationsData,
  key: string,
  change: (entry: NotificationEntry) => NotificationEntry,
): NotificationsData {
  let changed = false;
  const pages = data.pages.map((page) => {
    if (!page.entries.some((entry) => entry.key === key)) return page;
    changed = true;
    return { ...page, entries: page.entries.map((entry) => (entry.key === key ? change(entry) : entry)) };
  });
  return changed ? { ...data, pages } : data;
}

/**
 * A post changed or deleted, in the entries that show it. A new version replaces it in place (keeping what
 * only the reader's own requests say, such as whether they favourited it); a deleted post takes its entries
 * with it (a mention of it, the favourites and boosts it got), as the server's own list drops them, and
 * shows as deleted where it was quoted.
 */
export function withStatusChange(data: NotificationsData, change: StatusChange): NotificationsData {
  const patch = (status: Status): Status | undefined =>
    change.kind === 'updated' ? patchStatus(status, change.status) : statusWithout(status, change.statusId);
  let changed = false;
  const pages = data.pages.map((page) => {
    let pageChanged = false;
    const entries: NotificationEntry[] = [];
    for (const entry of page.entries) {
      const status = entry.status && patch(entry.status);
      if (status === entry.status) entries.push(entry);
      else {
        pageChanged = true;
        if (status) entries.push({ ...entry, status });
      }
    }
    changed ||= pageChanged;
    return pageChanged ? { ...page, entries } : page;
  });
  return changed ? { ...data, pages } : data;
}

/** How many entries are unread (see `isUnreadEntry`). */
export const unreadEntries = (
  entries: readonly NotificationEntry[],
  state: UnreadState | undefined,
): number => entries.filter((entry) => isUnreadEntry(entry.newestId, state)).length;

/**
 * Bounds memory over a long session: once a feed holds more than `max` entries, only the newest `keep`
 * stay, and the next page starts right after the last one kept (older ones come back by scrolling).
 */
export function trimEntries(data: NotificationsData, max: number, keep: number): NotificationsData {
  const total = data.pages.reduce((sum, page) => sum + page.entries.length, 0);
  if (total <= max) return data;
  const pages: NotificationsPage[] = [];
  let count = 0;
  for (const page of data.pages) {
    if (count + page.entries.length < keep) {
      pages.push(page);
      count += page.entries.length;
      continue;
    }
    const entries = page.entries.slice(0, keep - count);
    const last = entries[entries.length - 1];
    pages.push({ ...page, entries, next: last ? { maxId: last.oldestId } : page.next });
    break;
  }
  return { pages, pageParams: data.pageParams.slice(0, pages.length) };
}
