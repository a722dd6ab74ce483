import type { mastodon } from '../../mastodon';
import { compareIds } from '../../mastodon';
import { isGroupedType, type Notification, type NotificationType } from './notification-kinds';

type Account = mastodon.v1.Account;

/**
 * One row of a notifications column: a server group (v2), a group made here (older servers), or a single
 * notification. The same shape for all three, so streaming, merging and rendering have one path.
 */
export interface NotificationEntry {
  /** The server's `group_key`, `ungrouped-{id}`, or our own key for groups made on the client. */
  key: string;
  type: NotificationType;
  /** Notifications in the group (the server's total for v2 groups). */
  count: number;
  /** Who did it, most recent first, without repeats (a sample of at most `sampleSize`). */
  accounts: Account[];
  status?: Status | undefined;
  report?: mastodon.v1.Report | undefined;
  event?: mastodon.v1.RelationshipSeveranceEvent | undefined;
  warning?: mastodon.v1.AccountWarning | undefined;
  /** Id of the group's most recent notification: the sort key within one account. */
  newestId: string;
  /** Id of its oldest notification held. */
  oldestId: string;
  /** When the most recent notification happened (ISO 8601): the sort key across accounts. */
  latestAt: string;
  /** A follow request answered from this row. */
  answer?: 'accepted' | 'rejected';
}

type Status = mastodon.v1.Status;

export const sampleSize = 8;

/** Mastodon groups in 12-hour windows; fixed windows keep our keys stable as pages and events arrive. */
const windowMs = 12 * 60 * 60 * 1000;

/**
 * The key a notification groups under. Server-grouped feeds use the streamed `group_key` for the types we
 * asked the server to group, and `ungrouped-{id}` for the others (the stream ignores `grouped_types`).
 * Client-grouped feeds (servers without the v2 API) make the same kind of key themselves.
 * @see https://docs.joinmastodon.org/methods/grouped_notifications/#streaming
 */
export function groupKeyOf(notification: Notification, mode: GroupingMode): string {
  const ungrouped = `ungrouped-${notification.id}`;
  if (!isGroupedType(notification.type)) return ungrouped;
  if (mode === 'server') {
    const key = notification.groupKey;
    return key && !key.startsWith('ungrouped-') ? key : ungrouped;
  }
  const at = Date.parse(notification.createdAt);
  if (!Number.isFinite(at)) return ungrouped;
  return `client-${notification.type}-${notification.status?.id ?? ''}-${Math.floor(at / windowMs)}`;
}

/** `server`: the v2 API groups (Mastodon 4.3+); `client`: v1 notifications grouped here. */
export type GroupingMode = 'server' | 'client';

/** A one-notification entry. */
export function entryOf(notification: Notification, key: string): NotificationEntry {
  return {
    key,
    type: notification.type,
    count: 1,
    accounts: [notification.account],
    status: notification.status ?? undefined,
    report: notification.report ?? undefined,
    event: 'event' in notification ? notification.event : undefined,
    warning: 'moderationWarning' in notification ? notification.moderationWarning : undefined,
    newestId: notification.id,
    oldestId: notification.id,
    latestAt: notification.createdAt,
  };
}

function uniqueAccounts(accounts: readonly Account[]): Account[] {
  const seen = new Set<string>();
  return accounts.filter((account) => !seen.has(account.id) && seen.add(account.id)).slice(0, sampleSize);
}

/** Adds a newer notification to an entry: one more, its author first, the entry dated by it. */
export function withNotification(entry: NotificationEntry, notification: Notification): NotificationEntry {
  return {
    ...entry,
    count: entry.count + 1,
    accounts: uniqueAccounts([notification.account, ...entry.accounts]),
    status: notification.status ?? entry.status,
    newestId: notification.id,
    latestAt: notification.createdAt,
  };
}

/** Two parts of one group (client grouping across pages): counts add up, the newer part leads. */
export function combineEntries(a: NotificationEntry, b: NotificationEntry): NotificationEntry {
  const [newer, older] = compareIds(a.newestId, b.newestId) >= 0 ? [a, b] : [b, a];
  return {
    ...older,
    ...newer,
    count: newer.count + older.count,
    accounts: uniqueAccounts([...newer.accounts, ...older.accounts]),
    status: newer.status ?? older.status,
    oldestId: compareIds(newer.oldestId, older.oldestId) <= 0 ? newer.oldestId : older.oldestId,
  };
}

/** Newest first, by id (within one account). */
export const compareEntries = (a: NotificationEntry, b: NotificationEntry): number =>
  compareIds(b.newestId, a.newestId);

/**
 * Client-side grouping (servers without `/api/v2/notifications`): favourites and boosts of one post,
 * follows and sign-ups, within the same 12-hour window, become one entry ("Alice and 4 others…").
 */
export function groupNotifications(notifications: readonly Notification[]): NotificationEntry[] {
  const byKey = new Map<string, NotificationEntry>();
  const sorted = [...notifications].sort((a, b) => compareIds(b.id, a.id));
  for (const notification of sorted) {
    const key = groupKeyOf(notification, 'client');
    const held = byKey.get(key);
    if (!held) {
      byKey.set(key, entryOf(notification, key));
      continue;
    }
    // Walking newest to oldest: this one is older than what the entry holds.
    byKey.set(key, {
      ...held,
      count: held.count + 1,
      accounts: uniqueAccounts([...held.accounts, notification.account]),
      status: held.status ?? notification.status ?? undefined,
      oldestId: notification.id,
    });
  }
  return [...byKey.values()].sort(compareEntries);
}

/** Entries of one v2 page: groups with their accounts and statuses looked up in the page's lists. */
export function entriesOfGroupedPage(page: mastodon.v1.GroupedNotificationsResults): NotificationEntry[] {
  const accounts = new Map(page.accounts.map((account) => [account.id, account]));
  const statuses = new Map(page.statuses.map((status) => [status.id, status]));
  const entries: NotificationEntry[] = [];
  for (const group of page.notificationGroups) {
    // masto types `sample_account_ids` as a string; Mastodon sends an array.
    const sampleIds = group.sampleAccountIds as unknown as readonly string[];
    const sample = sampleIds.flatMap((id) => {
      const account = accounts.get(id);
      return account ? [account] : [];
    });
    const status = 'statusId' in group && group.statusId ? statuses.get(group.statusId) : undefined;
    // A group whose post or people we were not sent cannot be shown (deleted in between).
    if (sample.length === 0 || ('statusId' in group && group.statusId && !status)) continue;
    entries.push({
      key: group.groupKey,
      type: group.type,
      count: group.notificationsCount,
      accounts: uniqueAccounts(sample),
      status,
      report: 'report' in group ? group.report : undefined,
      event: 'event' in group ? group.event : undefined,
      warning: 'moderationWarning' in group ? group.moderationWarning : undefined,
      newestId: group.mostRecentNotificationId,
      oldestId: group.pageMinId ?? group.mostRecentNotificationId,
      latestAt: group.latestPageNotificationAt ?? new Date(0).toISOString(),
    });
  }
  return entries.sort(compareEntries);
}
