import { infiniteQueryOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import {
  instanceQuery,
  isTransient,
  MastoFailureError,
  parseLinkHeader,
  toMastoFailure,
  withAccount,
  type Cursor,
  type MastoFailure,
  type ServerInstance,
} from '../../mastodon';
import { withoutStructuralSharing } from '../../lib/feed-query';
import type { NotificationsData, NotificationsPage } from './feed-merge';
import { entriesOfGroupedPage, groupNotifications, type GroupingMode } from './notification-entry';
import { groupedTypes, type NotificationType } from './notification-kinds';
import { unreadAfterRead, type UnreadState } from './unread';

/** Mastodon's default page size for notifications (groups, in v2). */
export const pageSize = 40;
/** How many unread notifications one request counts (v1's maximum page). */
const unreadPageSize = 80;

export const failureOf = (error: unknown): MastoFailure =>
  error instanceof MastoFailureError ? error.failure : toMastoFailure(error);

/**
 * Whether the server groups notifications itself: `api_versions.mastodon >= 2` (Mastodon 4.3+). Servers
 * without `/api/v2/instance` or without `api_versions` are older: we group on the client.
 * @see https://docs.joinmastodon.org/entities/Instance/#api-versions
 */
export const groupingModeOf = (server: ServerInstance): GroupingMode =>
  server.version === 2 && Number(server.instance.apiVersions?.mastodon ?? 0) >= 2 ? 'server' : 'client';

/**
 * How an account's notifications are grouped. Read once per session: a feed's pages must all be grouped
 * the same way, and once known, a later failure to read the instance must not fail a page load.
 */
export const groupingMode = async (client: QueryClient, accountId: string): Promise<GroupingMode> =>
  groupingModeOf(await client.fetchQuery({ ...instanceQuery(accountId), staleTime: Infinity }));

const typesKey = (types: readonly NotificationType[] | undefined) =>
  types ? [...types].sort().join() : 'all';

export const feedsKey = (accountId: string) => ['acct', accountId, 'notifications', 'feed'] as const;
export const feedKey = (accountId: string, types: readonly NotificationType[] | undefined) =>
  [...feedsKey(accountId), typesKey(types)] as const;

/** The types a cached feed's key stands for (undefined: all). */
export function typesOfFeedKey(key: readonly unknown[]): NotificationType[] | undefined {
  const part = key[4];
  return typeof part === 'string' && part !== 'all' ? (part.split(',') as NotificationType[]) : undefined;
}

/** One page of an account's notifications, grouped by the server (v2) or here (v1). */
export function fetchNotificationsPage(
  accountId: string,
  mode: GroupingMode,
  types: readonly NotificationType[] | undefined,
  cursor: Cursor | null,
): Promise<NotificationsPage> {
  return withAccount(accountId, async ({ rest }) => {
    const paging = { ...(cursor?.maxId && { maxId: cursor.maxId }), limit: pageSize };
    if (mode === 'server') {
      const response = await rest.v2.notifications.list.$raw({
        ...paging,
        ...(types && { types }),
        groupedTypes,
        expandAccounts: 'full',
      });
      const entries = entriesOfGroupedPage(response.data);
      const next =
        response.data.notificationGroups.length > 0
          ? parseLinkHeader(response.headers.get('link')).next
          : undefined;
      return { mode, entries, next: next ?? null };
    }
    const response = await rest.v1.notifications.list.$raw({ ...paging, ...(types && { types }) });
    const next = response.data.length > 0 ? parseLinkHeader(response.headers.get('link')).next : undefined;
    return { mode, entries: groupNotifications(response.data), next: next ?? null };
  });
}

/** The notifications of an account (all types, or a column's), newest first, as groups. */
export function notificationsFeedQuery(accountId: string, types: readonly NotificationType[] | undefined) {
  return infiniteQueryOptions<NotificationsPage, Error, NotificationsData, readonly unknown[], Cursor | null>(
    {
      queryKey: feedKey(accountId, types),
      queryFn: async ({ pageParam, client }) => {
        const mode = await groupingMode(client, accountId);
        return fetchNotificationsPage(accountId, mode, types, pageParam);
      },
      initialPageParam: null,
      getNextPageParam: (last) => last.next,
      // The stream keeps it current (and a reconnect fetches what was missed).
      staleTime: Infinity,
      ...withoutStructuralSharing,
      retry: (count, error) => count < 2 && isTransient(failureOf(error)),
      retryDelay: (count) => 1_000 * 2 ** count,
    },
  );
}

export const unreadKey = (accountId: string) => ['acct', accountId, 'notifications', 'unread'] as const;

/**
 * What is unread: the `notifications` marker, then the notifications above it (one page, so "80+" at
 * most). Without a marker (never read anywhere) nothing old counts; what arrives from now on does.
 */
export const unreadQuery = (accountId: string) =>
  queryOptions({
    queryKey: unreadKey(accountId),
    queryFn: async ({ client }): Promise<UnreadState> => {
      const fresh = await withAccount(accountId, async ({ rest }): Promise<UnreadState> => {
        const marker = (await rest.v1.markers.fetch({ timeline: ['notifications'] })).notifications;
        if (!marker) return { readId: undefined, ids: [], capped: false };
        const unread = await rest.v1.notifications.list({
          sinceId: marker.lastReadId,
          limit: unreadPageSize,
        });
        return {
          readId: marker.lastReadId,
          ids: unread.map((notification) => notification.id),
          capped: unread.length >= unreadPageSize,
        };
      });
      // What the reader saw here in the meantime may not have reached the server marker yet.
      const seen = client.getQueryData<UnreadState>(unreadKey(accountId))?.readId;
      return seen === undefined ? fresh : unreadAfterRead(fresh, seen);
    },
    staleTime: 60_000,
    retry: (count, error) => count < 2 && isTransient(failureOf(error)),
  });

/** The read position of an account as this app knows it (undefined until its unread state loaded). */
export const readIdOf = (client: QueryClient, accountId: string): string | undefined =>
  client.getQueryData<UnreadState>(unreadKey(accountId))?.readId;

/** Filtered notifications: the policy's summary, and the people whose notifications wait for a decision. */
export const notificationRequestsQuery = (accountId: string) =>
  queryOptions({
    queryKey: ['acct', accountId, 'notifications', 'requests'],
    queryFn: () =>
      withAccount(accountId, async ({ rest }) => {
        const [policy, requests] = await Promise.all([
          rest.v2.notifications.policy.fetch().catch(() => undefined),
          rest.v1.notifications.requests.list({ limit: 40 }),
        ]);
        return { policy, requests };
      }),
    staleTime: 60_000,
    retry: false,
  });
