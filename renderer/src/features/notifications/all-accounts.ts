import type { NotificationEntry } from './notification-entry';
import type { NotificationType } from './notification-kinds';

/** One account's feed as the merged column sees it. */
export interface AccountFeed {
  accountId: string;
  /** Its entries, newest first (flattened). */
  entries: readonly NotificationEntry[];
  /** Older pages remain to be fetched. */
  hasMore: boolean;
}

/** A row of the all-accounts column: an entry, and every account it is for. */
export interface MergedRow {
  key: string;
  entry: NotificationEntry;
  /** The account whose entry this is (acts on it: follow requests). */
  accountId: string;
  /** All accounts the same thing happened to (one post mentioning two of your accounts). */
  accountIds: string[];
  at: number;
}

export interface MergedFeed {
  rows: MergedRow[];
  /** Accounts to fetch older pages from before the merged list can go further back. */
  behind: string[];
  hasMore: boolean;
}

/** Types about one post that several of your accounts can receive for the same thing. */
const postTypes = new Set<NotificationType>([
  'mention',
  'status',
  'quote',
  'update',
  'quoted_update',
  'poll',
]);
/** Types about one person that can reach several of your accounts (someone follows two of them). */
const personTypes = new Set<NotificationType>(['follow', 'follow_request']);

/**
 * What makes two entries of different accounts the same event. Ids differ from server to server, so the
 * post's or person's URI decides. Groups of favourites and boosts concern each account's own post and are
 * never merged.
 */
export function sameEventKey(entry: NotificationEntry): string | undefined {
  if (postTypes.has(entry.type) && entry.status) return `${entry.type}|${entry.status.uri}`;
  const person = entry.accounts[0];
  if (personTypes.has(entry.type) && entry.count === 1 && person) return `${entry.type}|${person.url}`;
  return undefined;
}

const timeOf = (entry: NotificationEntry): number => {
  const at = Date.parse(entry.latestAt);
  return Number.isFinite(at) ? at : 0;
};

/**
 * Merges the feeds of several accounts into one list, newest first by time (ids are not comparable across
 * servers), showing each event once with every account it is for.
 *
 * Pages of different accounts cover different stretches of time, so the list stops at the horizon: the
 * most recent "oldest loaded" time among feeds that have more to load. Anything older might have
 * something of another account above it; it appears once that account's next page is loaded (`behind`).
 */
export function mergeAccountFeeds(feeds: readonly AccountFeed[]): MergedFeed {
  let horizon = Number.NEGATIVE_INFINITY;
  const oldest = new Map<string, number>();
  for (const feed of feeds) {
    const last = feed.entries[feed.entries.length - 1];
    if (!feed.hasMore || !last) continue;
    const at = Math.min(...feed.entries.map(timeOf));
    oldest.set(feed.accountId, at);
    horizon = Math.max(horizon, at);
  }

  const candidates: MergedRow[] = [];
  for (const feed of feeds) {
    for (const entry of feed.entries) {
      const at = timeOf(entry);
      if (at < horizon) continue;
      candidates.push({
        key: `${feed.accountId}\n${entry.key}`,
        entry,
        accountId: feed.accountId,
        accountIds: [feed.accountId],
        at,
      });
    }
  }
  candidates.sort((a, b) => b.at - a.at || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  const rows: MergedRow[] = [];
  const byEvent = new Map<string, MergedRow>();
  for (const row of candidates) {
    const event = sameEventKey(row.entry);
    const first = event ? byEvent.get(event) : undefined;
    if (first) {
      if (!first.accountIds.includes(row.accountId)) first.accountIds.push(row.accountId);
      continue;
    }
    if (event) byEvent.set(event, row);
    rows.push(row);
  }

  const behind = [...oldest].filter(([, at]) => at === horizon).map(([accountId]) => accountId);
  return { rows, behind, hasMore: feeds.some((feed) => feed.hasMore) };
}
