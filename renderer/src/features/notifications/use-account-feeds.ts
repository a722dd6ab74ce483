import {
  InfiniteQueryObserver,
  useQueryClient,
  type InfiniteQueryObserverResult,
  type QueryClient,
} from '@tanstack/react-query';
import { useMemo, useSyncExternalStore } from 'react';
import type { Cursor } from '../../mastodon';
import type { NotificationsData, NotificationsPage } from './feed-merge';
import type { NotificationType } from './notification-kinds';
import { notificationsFeedQuery } from './notifications.queries';

type FeedResult = InfiniteQueryObserverResult<NotificationsData>;

export interface AccountFeeds {
  results: readonly FeedResult[];
  fetchNextPage(accountId: string): void;
  refetch(): void;
}

/** One infinite-query observer per account, with a snapshot of their results for useSyncExternalStore. */
class FeedsStore {
  readonly ids: string[];
  readonly observers: InfiniteQueryObserver<
    NotificationsPage,
    Error,
    NotificationsData,
    readonly unknown[],
    Cursor | null
  >[];
  private snapshot: FeedResult[];

  constructor(client: QueryClient, idsKey: string, typesKey: string) {
    this.ids = idsKey ? idsKey.split('\n') : [];
    const types = typesKey ? (typesKey.split(',') as NotificationType[]) : undefined;
    this.observers = this.ids.map(
      (id) => new InfiniteQueryObserver(client, notificationsFeedQuery(id, types)),
    );
    this.snapshot = this.observers.map((observer) => observer.getCurrentResult());
  }

  readonly subscribe = (onChange: () => void): (() => void) => {
    const stops = this.observers.map((observer, index) =>
      observer.subscribe((result) => {
        this.snapshot = this.snapshot.map((held, at) => (at === index ? result : held));
        onChange();
      }),
    );
    return () => stops.forEach((stop) => stop());
  };

  readonly get = (): readonly FeedResult[] => this.snapshot;
}

/**
 * The notifications feeds of several accounts at once, sharing the cache entries of the per-account
 * columns (react-query's `useQueries` does not take infinite queries, so this holds one observer each).
 */
export function useAccountFeeds(
  accountIds: readonly string[],
  types: readonly NotificationType[] | undefined,
): AccountFeeds {
  const client = useQueryClient();
  const idsKey = accountIds.join('\n');
  const typesKey = types?.join() ?? '';

  const store = useMemo(() => new FeedsStore(client, idsKey, typesKey), [client, idsKey, typesKey]);

  const results = useSyncExternalStore(store.subscribe, store.get);
  return {
    results,
    fetchNextPage: (accountId) => void store.observers[store.ids.indexOf(accountId)]?.fetchNextPage(),
    refetch: () => store.observers.forEach((observer) => void observer.refetch()),
  };
}
