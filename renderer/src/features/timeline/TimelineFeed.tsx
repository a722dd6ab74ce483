import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Column } from '../../../../electron/ipc/types/deck';
import { accountReauthorized, type mastodon } from '../../mastodon';
import { useAccount } from '../accounts';
import { absoluteTime, StatusCard, StatusScopeProvider, useNow, useStatusNavigation } from '../status';
import type { FeedData, GapItem } from './feed-types';
import { fillGap } from './feed-sync';
import { filterVerdict, visibleRows, type FeedRow } from './filters';
import { flattenFeed, trimFeed } from './merge';
import { failureOf, feedQueryOptions } from './timeline.queries';
import type { FeedSource } from './timeline.sources';
import { liveItemCap, useFeedStream, type FeedViewport } from './timeline.stream';
import { TimelineConversation, conversationNames } from './TimelineConversation';
import { TimelineGap } from './TimelineGap';
import { TimelineList } from './TimelineList';
import { TimelineError, TimelineFooter, TimelineMessage, TimelineSkeleton } from './TimelineStates';
import { TimelineStreamNotice } from './TimelineStreamNotice';
import { useReadPosition } from './use-read-position';
import { useResumeFrom } from './use-resume';

interface Props {
  column: Column;
  source: FeedSource;
  onReadPositionChange: ((lastReadId: string) => void) | undefined;
}

/** After the account signs in again (its token had been revoked), start its clients and streams over. */
function useAccountRecovery(accountId: string | undefined, refetch: () => unknown): void {
  const status = useAccount(accountId)?.status;
  const previous = useRef(status);
  useEffect(() => {
    if (accountId && previous.current === 'needs_sign_in' && status === 'active') {
      accountReauthorized(accountId);
      void refetch();
    }
    previous.current = status;
  }, [accountId, status, refetch]);
}

export function TimelineFeed({ column, source, onReadPositionChange }: Props) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const query = useInfiniteQuery(feedQueryOptions(source));
  const viewport = useRef<FeedViewport>({ atTop: true, heldFrom: undefined, drawnRows: 0 });
  const stream = useFeedStream(source, viewport);
  const now = useNow();
  const chronological = source.order === 'chronological';
  const { refetch, fetchNextPage } = query;
  useAccountRecovery(source.accountId, refetch);

  const rows = useMemo(
    () =>
      visibleRows(flattenFeed(query.data, chronological), {
        context: source.filterContext,
        options: column.options,
        now,
      }),
    [query.data, chronological, source.filterContext, column.options, now],
  );
  // Only chronological feeds have a read position (bookmarks, trends… are not read top-down by id).
  const onSeen = useReadPosition({
    column,
    source,
    rows: chronological ? rows : [],
    onReadPositionChange: chronological ? onReadPositionChange : undefined,
  });
  // Judges quoted posts as their card renders. Reading the clock here rather than `now` keeps the
  // function (and so every row's renderer) the same across clock ticks: a tick used to render every card
  // of every column again.
  const judge = useCallback(
    (status: mastodon.v1.Status) => filterVerdict(status, source.filterContext, Date.now()),
    [source.filterContext],
  );
  const gap = useMutation({ mutationFn: (item: GapItem) => fillGap(client, source, item) });
  // The cards read which account reads them (and which column) from here; Enter on a post opens its thread.
  const scope = useMemo(
    () => ({ accountId: source.accountId, columnId: column.id }),
    [source.accountId, column.id],
  );
  const navigation = useStatusNavigation();
  const openRow = useCallback(
    (row: FeedRow) => {
      const { item } = row;
      const status =
        item.kind === 'status'
          ? item.status
          : item.kind === 'conversation'
            ? item.conversation.lastStatus
            : undefined;
      if (status && source.accountId) navigation.openThread(source.accountId, status.reblog ?? status);
    },
    [navigation, source.accountId],
  );
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);
  // The column reopens where the reader left off, with what came since behind the "N new posts" pill.
  // Once shown, a resume is spent: a list mounted again later (its rows had all been filtered out) opens
  // as the reader left it in this run.
  const [resumeSpent, setResumeSpent] = useState(false);
  const spendResume = useCallback(() => setResumeSpent(true), []);
  const resume = useResumeFrom({
    saved: chronological ? column.lastReadId : undefined,
    accountId: source.accountId,
    markerTimeline: source.markerTimeline,
    rows: query.data ? rows : undefined,
    pages: query.data?.pages.length ?? 0,
    hasNextPage: query.hasNextPage,
    readingMore: query.isFetchingNextPage,
    readMoreFailed: query.isFetchNextPageError,
    readMore: loadMore,
  });
  // Memory stays bounded: once the reader is back at the top, drop what lies far below.
  const trim = useCallback(
    () =>
      client.setQueryData<FeedData>(source.key, (data) => data && trimFeed(data, liveItemCap, chronological)),
    [client, source.key, chronological],
  );

  // Stable between cache changes, so rows already shown are not rendered again (see TimelineRowBody).
  const language = i18n.language;
  const rowLabel = useCallback(
    (row: FeedRow): string => {
      const { item } = row;
      switch (item.kind) {
        case 'status': {
          const post = item.status.reblog ?? item.status;
          const name = post.account.displayName || post.account.username;
          return t('status.label', { name, time: absoluteTime(Date.parse(post.createdAt), language) });
        }
        case 'conversation':
          return t('timeline.conversationWith', { names: conversationNames(item.conversation) });
        case 'gap':
          return t('timeline.gap');
      }
    },
    [t, language],
  );
  const { variables: gapFilling, isPending: gapPending, error: gapError, mutate: startGapFill } = gap;
  const renderRow = useCallback(
    (row: FeedRow) => {
      const { item } = row;
      switch (item.kind) {
        case 'status':
          return <StatusCard status={item.status} verdict={row.verdict} judge={judge} />;
        case 'conversation':
          return <TimelineConversation conversation={item.conversation} />;
        case 'gap': {
          const mine = gapFilling?.key === item.key;
          return (
            <TimelineGap
              loading={mine && gapPending}
              failure={mine && gapError ? failureOf(gapError) : undefined}
              onFill={() => startGapFill(item)}
            />
          );
        }
      }
    },
    [judge, gapFilling, gapPending, gapError, startGapFill],
  );

  if (query.isPending) return <TimelineSkeleton />;
  if (query.isError && !query.data) {
    return (
      <TimelineError
        failure={failureOf(query.error)}
        accountId={source.accountId}
        onRetry={() => void refetch()}
      />
    );
  }
  if (resume === 'pending') return <TimelineSkeleton />;

  const nextPageFailure = query.isFetchNextPageError ? failureOf(query.error) : undefined;
  const live = source.streams.length > 0 || source.pollMs !== undefined;
  const label = source.kind === 'conversations' ? t('timeline.conversationsLabel') : t('timeline.postsLabel');

  return (
    <StatusScopeProvider value={scope}>
      <div className="timeline" data-feed-column={column.id}>
        <TimelineStreamNotice state={stream.state} accountId={source.accountId} onRetry={stream.retry} />
        {rows.length === 0 && !query.hasNextPage ? (
          <TimelineMessage title={t('timeline.empty')} body={live ? t('timeline.emptyLive') : ''} />
        ) : (
          <TimelineList
            label={label}
            rows={rows}
            chronological={chronological}
            resumeFrom={!resumeSpent && resume.kind === 'from' ? resume.readId : undefined}
            waitForReader={!resumeSpent && resume.kind === 'lost'}
            onResumeShown={spendResume}
            newLabel={(count) => t('timeline.newPosts', { count })}
            hasMore={query.hasNextPage}
            loadingMore={query.isFetchingNextPage}
            loadMorePaused={nextPageFailure !== undefined}
            onLoadMore={loadMore}
            onSeen={onSeen}
            onReachedTop={trim}
            viewport={viewport}
            renderRow={renderRow}
            rowLabel={rowLabel}
            onOpenRow={openRow}
            footer={
              <TimelineFooter
                hasMore={query.hasNextPage}
                loading={query.isFetchingNextPage}
                failure={nextPageFailure}
                onRetry={loadMore}
              />
            }
          />
        )}
      </div>
    </StatusScopeProvider>
  );
}
