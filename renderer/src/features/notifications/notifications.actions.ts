import type { QueryClient } from '@tanstack/react-query';
import { withAccount } from '../../mastodon';
import { patchEntry, type NotificationsData } from './feed-merge';
import type { NotificationEntry } from './notification-entry';
import { feedsKey, notificationRequestsQuery } from './notifications.queries';

/**
 * Accepts or rejects a follow request from its notification; the row then says what was decided, in every
 * column that shows it.
 * @see https://docs.joinmastodon.org/methods/follow_requests/
 */
export async function answerFollowRequest(
  client: QueryClient,
  accountId: string,
  entry: NotificationEntry,
  answer: 'accepted' | 'rejected',
): Promise<void> {
  const requester = entry.accounts[0];
  if (!requester) return;
  await withAccount(accountId, ({ rest }) => {
    const request = rest.v1.followRequests.$select(requester.id);
    return answer === 'accepted' ? request.authorize() : request.reject();
  });
  client.setQueriesData<NotificationsData>({ queryKey: feedsKey(accountId) }, (data) =>
    data ? patchEntry(data, entry.key, (held) => ({ ...held, answer })) : data,
  );
}

/**
 * Accepts or dismisses the filtered notifications of one person (notification requests, 4.3+). Accepted
 * ones are merged into the list by the server, which then says so on the stream (`notifications_merged`).
 * @see https://docs.joinmastodon.org/methods/notifications/#accept-request
 */
export async function answerNotificationRequest(
  client: QueryClient,
  accountId: string,
  requestId: string,
  answer: 'accept' | 'dismiss',
): Promise<void> {
  await withAccount(accountId, ({ rest }) => {
    const request = rest.v1.notifications.requests.$select(requestId);
    return answer === 'accept' ? request.accept() : request.dismiss();
  });
  await client.invalidateQueries({ queryKey: notificationRequestsQuery(accountId).queryKey });
}
