import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Column } from '../../../../electron/ipc/types/deck';
import { isNewer } from '../../mastodon';
import { useAccounts } from '../accounts';
import { StatusScopeProvider, useNow, useStatusNavigation } from '../status';
import { mergeAccountFeeds, type AccountFeed, type MergedRow } from './all-accounts';
import { notificationVerdict } from './alert-policy';
import { flattenEntries, unreadEntries } from './feed-merge';
import { columnTypes } from './notification-kinds';
import { entrySentence } from './notification-text';
import { notificationsSeen } from './notifications.marker';
import { openEntry } from './open-entry';
import { failureOf, unreadQuery } from './notifications.queries';
import { useAllStreamStates } from './notifications.store';
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
import { useAccountFeeds } from './use-account-feeds';
import { useOnScreen, useWindowAttended } from './use-presence';

interface Props {
  column: Column;
  onUnreadChange?: ((count: number) => void) | undefined;
}

/**
 * The notifications of every signed-in account in one column, newest first by time, each row saying which
 * account it is for, an event that reached several accounts shown once.
 */
export function NotificationsAllColumn({ column, onUnreadChange }: Props) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const allAccounts = useAccounts();
  const accounts = useMemo(() => (allAccounts ?? []).filter((a) => a.status === 'active'), [allAccounts]);
  const accountIds = useMemo(() => accounts.map((a) => a.id), [accounts]);
  const types = useMemo(() => columnTypes(column), [column]);
  const feeds = useAccountFeeds(accountIds, types);
  const unread = useQueries({ queries: accountIds.map((id) => unreadQuery(id)) });
  const states = new Map(accountIds.map((id, index) => [id, unread[index]?.data]));
  const streams = useAllStreamStates(accountIds);
  const now = useNow();
  const attended = useWindowAttended();
  const ref = useRef<HTMLDivElement>(null);
  const coverage = useMemo(() => ({ accountIds, types }), [accountIds, types]);
  const onScreen = useOnScreen(ref, column.id, coverage);
  const [atTop, setAtTop] = useState(true);
  const navigation = useStatusNavigation();

  const loaded = useMemo<AccountFeed[]>(
    () =>
      feeds.results.flatMap((result, index) =>
        result.data
          ? [
              {
                accountId: accountIds[index]!,
                entries: flattenEntries(result.data),
                hasMore: result.hasNextPage,
              },
            ]
          : [],
      ),
    [feeds.results, accountIds],
  );
  const merged = useMemo(() => mergeAccountFeeds(loaded), [loaded]);
  const rows = useMemo(
    () => merged.rows.filter((row) => notificationVerdict(row.entry.status, now).action !== 'hide'),
    [merged, now],
  );

  const unreadTotal = loaded.reduce(
    (sum, feed) => sum + unreadEntries(feed.entries, states.get(feed.accountId)),
    0,
  );
  useEffect(() => onUnreadChange?.(unreadTotal), [unreadTotal, onUnreadChange]);
  useEffect(() => () => onUnreadChange?.(0), [onUnreadChange]);

  // Read: at the top of a column on screen, each account's newest notification has been seen.
  const newestByAccount = loaded
    .map((feed) => `${feed.accountId}\n${feed.entries[0]?.newestId ?? ''}`)
    .join('\t');
  useEffect(() => {
    if (!atTop || !onScreen || !attended) return;
    for (const pair of newestByAccount.split('\t')) {
      const [accountId, newest] = pair.split('\n');
      if (!accountId || !newest) continue;
      const readId = client.getQueryData(unreadQuery(accountId).queryKey)?.readId;
      if (readId === undefined || isNewer(newest, readId)) notificationsSeen(client, accountId, newest);
    }
  }, [newestByAccount, atTop, onScreen, attended, client]);

  const behind = merged.behind.join('\n');
  const loadingMore = feeds.results.some((result) => result.isFetchingNextPage);
  const nextError = feeds.results.find((result) => result.isFetchNextPageError)?.error;
  const { fetchNextPage, refetch } = feeds;
  const loadMore = useCallback(() => {
    for (const accountId of behind.split('\n')) if (accountId) fetchNextPage(accountId);
  }, [behind, fetchNextPage]);
  const summaries = (ids: readonly string[]) => accounts.filter((account) => ids.includes(account.id));

  const pending = feeds.results.length > 0 && loaded.length === 0;
  const firstError = feeds.results.find((result) => result.isError && !result.data)?.error;
  let body;
  if (accountIds.length === 0) body = <NotificationsMessage body={t('notifications.noAccounts')} />;
  else if (pending && firstError && feeds.results.every((r) => r.isError))
    body = <NotificationsError failure={failureOf(firstError)} accountId={undefined} onRetry={refetch} />;
  else if (pending) body = <NotificationsSkeleton />;
  else if (rows.length === 0 && !merged.hasMore)
    body = (
      <NotificationsMessage
        title={t('notifications.empty')}
        body={types ? t('notifications.emptyTyped') : t('notifications.emptyBody')}
      />
    );
  else
    body = (
      <NotificationsList<MergedRow>
        label={t('notifications.feedLabel')}
        rows={rows}
        hasMore={merged.hasMore}
        loadingMore={loadingMore}
        loadMorePaused={nextError !== undefined}
        onLoadMore={loadMore}
        onAtTopChange={setAtTop}
        isUnread={(row) => isUnreadEntry(row.entry.newestId, states.get(row.accountId))}
        onOpenRow={(row) => openEntry(navigation, row.accountId, row.entry)}
        rowLabel={(row) => {
          const owner = accounts.find((a) => a.id === row.accountId);
          const forWhom = summaries(row.accountIds)
            .map((a) => `@${a.acct}`)
            .join(', ');
          return `${entrySentence(row.entry, t, owner?.remoteId)} — ${t('notifications.forAccounts', { accounts: forWhom })}`;
        }}
        renderRow={(row) => (
          // Each row is read as its own account: its post's actions act as that account.
          <StatusScopeProvider value={{ accountId: row.accountId, columnId: column.id }}>
            <NotificationsGroup
              entry={row.entry}
              accountId={row.accountId}
              owner={accounts.find((a) => a.id === row.accountId)}
              forAccounts={summaries(row.accountIds)}
              verdict={notificationVerdict(row.entry.status, now)}
              now={now}
            />
          </StatusScopeProvider>
        )}
        footer={
          <NotificationsFooter
            hasMore={merged.hasMore}
            loading={loadingMore}
            failure={nextError ? failureOf(nextError) : undefined}
            onRetry={loadMore}
          />
        }
      />
    );

  return (
    <div
      ref={ref}
      className="timeline notifications-column notifications-all"
      data-feed-column={column.id}
      data-notifications-for="*"
    >
      <NotificationsStreamNotice states={streams} />
      {!types && accountIds.length > 0 && <NotificationsFiltered accountIds={accountIds} />}
      {body}
    </div>
  );
}
