import type { QueryClient } from '@tanstack/react-query';
import {
  mergeNewestPage,
  mergeNotification,
  trimEntries,
  withStatusChange,
  type NotificationsData,
} from './feed-merge';
import type { StatusChange } from '../status';
import type { Notification } from './notification-kinds';
import {
  feedsKey,
  fetchNotificationsPage,
  groupingMode,
  typesOfFeedKey,
  unreadKey,
  unreadQuery,
} from './notifications.queries';
import { unreadAfterNotification, type UnreadState } from './unread';

/**
 * A feed kept live for hours stays bounded: past this many groups, the oldest go (they come back by
 * scrolling). As a timeline's live items (400): a longer cycle made the 10-minute soak's heap climb for
 * seven minutes before each trim (bench/, "Soak").
 */
const maxEntries = 400;
const keptEntries = 300;

/**
 * A notification arrived on an account's stream: into every cached feed of that account that shows its
 * type (grouped on the way), and into the unread count. One writer for all of them.
 */
export function notificationArrived(
  client: QueryClient,
  accountId: string,
  notification: Notification,
): void {
  for (const query of client.getQueryCache().findAll({ queryKey: feedsKey(accountId) })) {
    const types = typesOfFeedKey(query.queryKey);
    if (types && !types.includes(notification.type)) continue;
    client.setQueryData<NotificationsData>(query.queryKey, (data) =>
      data ? trimEntries(mergeNotification(data, notification), maxEntries, keptEntries) : data,
    );
  }
  client.setQueryData<UnreadState>(unreadKey(accountId), (state) =>
    state ? unreadAfterNotification(state, notification.id) : state,
  );
}

/** A post changed or deleted (by the reader, or as a stream told): into every cached feed of the account. */
export function notificationStatusChanged(
  client: QueryClient,
  accountId: string,
  change: StatusChange,
): void {
  for (const query of client.getQueryCache().findAll({ queryKey: feedsKey(accountId) })) {
    client.setQueryData<NotificationsData>(query.queryKey, (data) =>
      data ? withStatusChange(data, change) : data,
    );
  }
}

/**
 * `notifications_merged` (4.3+): filtered notifications were accepted and merged into the list, in the
 * past as much as now. Patching cannot place them: load the feeds and the count again.
 * @see https://docs.joinmastodon.org/methods/streaming/#notifications_merged
 */
export async function notificationsMerged(client: QueryClient, accountId: string): Promise<void> {
  await client.invalidateQueries({ queryKey: ['acct', accountId, 'notifications'] });
}

/**
 * After a (re)connection: fetch each cached feed's newest page and merge it, so nothing that arrived while
 * the socket was down is missing; recount the unread.
 */
export async function catchUpNotifications(client: QueryClient, accountId: string): Promise<void> {
  const queries = client.getQueryCache().findAll({ queryKey: feedsKey(accountId) });
  const mode = queries.length > 0 ? await groupingMode(client, accountId) : undefined;
  await Promise.all([
    ...queries.map(async (query) => {
      if (!mode || !client.getQueryData(query.queryKey)) return;
      const page = await fetchNotificationsPage(accountId, mode, typesOfFeedKey(query.queryKey), null);
      client.setQueryData<NotificationsData>(query.queryKey, (data) =>
        data ? mergeNewestPage(data, page) : data,
      );
    }),
    client.refetchQueries({ queryKey: unreadQuery(accountId).queryKey, exact: true }),
  ]);
}
