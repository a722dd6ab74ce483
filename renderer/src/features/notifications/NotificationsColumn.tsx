import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Column } from '../../../../electron/ipc/types/deck';
import { isNewer } from '../../mastodon';
import { useAccount } from '../accounts';
import { StatusScopeProvider, useNow, useStatusNavigation } from '../status';
import { notificationVerdict } from './alert-policy';
import { flattenEntries, unreadEntries } from './feed-merge';
import type { NotificationEntry } from './notification-entry';
import { columnTypes } from './notification-kinds';
import { entrySentence } from './notification-text';
import { notificationsSeen } from './notifications.marker';
import { openEntry } from './open-entry';
import { failureOf, notificationsFeedQuery, unreadQuery } from './notifications.queries';
import { useStreamState } from './notifications.store';
import { NotificationsFiltered } from './NotificationsFiltered';
import { NotificationsGroup } from './NotificationsGroup';
import { NotificationsList } from './NotificationsList';
import {
  NotificationsError,
  NotificationsFooter,
  NotificationsMessage,
  NotificationsSkeleton,
  NotificationsStreamNotice,
} from './NotificationsStates';
import { isUnreadEntry } from './unread';
import { useOnScreen, useWindowAttended } from './use-presence';

export interface NotificationsColumnProps {
  column: Column;
  /** The newest notification the reader has seen (the deck keeps it as the column's `lastReadId`). */
  onReadPositionChange?: ((lastReadId: string) => void) | undefined;
  /** Unread groups, for the column header's badge. */
  onUnreadChange?: ((count: number) => void) | undefined;
}

interface Row {
  key: string;
  entry: NotificationEntry;
}

/**
 * A notifications column of one account: grouped (by the server, or here on older servers), optionally
 * limited to some types, live from the account's stream, read up to where the reader has looked.
 */
export function NotificationsColumn({
  column,
  onReadPositionChange,
  onUnreadChange,
}: NotificationsColumnProps) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const accountId = column.accountId ?? '';
  const owner = useAccount(accountId);
  const types = useMemo(() => columnTypes(column), [column]);
  const query = useInfiniteQuery(notificationsFeedQuery(accountId, types));
  const unreadState = useQuery(unreadQuery(accountId)).data;
  const readId = unreadState?.readId;
  const stream = useStreamState(accountId);
  const now = useNow();
  const attended = useWindowAttended();
  const ref = useRef<HTMLDivElement>(null);
  const coverage = useMemo(() => ({ accountIds: [accountId], types }), [accountId, types]);
  const onScreen = useOnScreen(ref, column.id, coverage);
  const [atTop, setAtTop] = useState(true);
  const navigation = useStatusNavigation();
  const scope = useMemo(() => ({ accountId, columnId: column.id }), [accountId, column.id]);
  const { fetchNextPage, refetch } = query;

  const entries = useMemo(() => flattenEntries(query.data), [query.data]);
  const rows = useMemo<Row[]>(
    () =>
      entries
        .filter((entry) => notificationVerdict(entry.status, now).action !== 'hide')
        .map((entry) => ({ key: entry.key, entry })),
    [entries, now],
  );
  const newest = entries[0]?.newestId;
  const unread = unreadEntries(entries, unreadState);

  useEffect(() => onUnreadChange?.(unread), [unread, onUnreadChange]);
  useEffect(() => () => onUnreadChange?.(0), [onUnreadChange]);

  // Read: the newest notification is in view, in a window the user is looking at.
  const report = useRef(onReadPositionChange);
  useEffect(() => {
    report.current = onReadPositionChange;
  }, [onReadPositionChange]);
  useEffect(() => {
    if (!newest || !atTop || !onScreen || !attended) return;
    if (readId !== undefined && !isNewer(newest, readId)) return;
    notificationsSeen(client, accountId, newest);
    if (!column.lastReadId || isNewer(newest, column.lastReadId)) report.current?.(newest);
  }, [newest, atTop, onScreen, attended, readId, client, accountId, column.lastReadId]);

  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);
  const retry = useCallback(() => void refetch(), [refetch]);

  let body;
  if (!accountId) body = <NotificationsMessage body={t('timeline.noSource')} />;
  else if (query.isPending) body = <NotificationsSkeleton />;
  else if (query.isError && !query.data)
    body = <NotificationsError failure={failureOf(query.error)} accountId={accountId} onRetry={retry} />;
  else if (rows.length === 0 && !query.hasNextPage)
    body = (
      <NotificationsMessage
        title={t('notifications.empty')}
        body={types ? t('notifications.emptyTyped') : t('notifications.emptyBody')}
      />
    );
  else
    body = (
      <NotificationsList
        label={t('notifications.feedLabel')}
        rows={rows}
        hasMore={query.hasNextPage}
        loadingMore={query.isFetchingNextPage}
        loadMorePaused={query.isFetchNextPageError}
        onLoadMore={loadMore}
        onAtTopChange={setAtTop}
        isUnread={(row) => isUnreadEntry(row.entry.newestId, unreadState)}
        onOpenRow={(row) => openEntry(navigation, accountId, row.entry)}
        rowLabel={(row) => entrySentence(row.entry, t, owner?.remoteId)}
        renderRow={(row) => (
          <NotificationsGroup
            entry={row.entry}
            accountId={accountId}
            owner={owner}
            verdict={notificationVerdict(row.entry.status, now)}
            now={now}
          />
        )}
        footer={
          <NotificationsFooter
            hasMore={query.hasNextPage}
            loading={query.isFetchingNextPage}
            failure={query.isFetchNextPageError ? failureOf(query.error) : undefined}
            onRetry={loadMore}
          />
        }
      />
    );

  return (
    <StatusScopeProvider value={scope}>
      <div
        ref={ref}
        className="timeline notifications-column"
        data-feed-column={column.id}
        data-notifications-for={accountId}
      >
        <NotificationsStreamNotice states={[stream]} />
        {accountId && !types && <NotificationsFiltered accountIds={[accountId]} />}
        {body}
      </div>
    </StatusScopeProvider>
  );
}
