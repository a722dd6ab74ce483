import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { streamHubFor, type mastodon, type StreamEvent } from '../../mastodon';
import { threadArrived, threadRemoved, threadUpserted, type ThreadData } from './thread-cache';
import { threadKey } from './thread.queries';

/** What a stream event means for one thread (pure). */
export function applyThreadEvent(data: ThreadData, event: StreamEvent): ThreadData {
  switch (event.event) {
    case 'update':
      return threadArrived(data, event.payload);
    case 'status.update':
      return threadUpserted(data, event.payload);
    case 'delete':
      return threadRemoved(data, event.payload);
    case 'notification': {
      const status = (event.payload as mastodon.v1.Notification).status;
      return status ? threadArrived(data, status) : data;
    }
    default:
      return data;
  }
}

/**
 * Keeps an open thread live: the account's user stream (its home and its notifications) brings new replies,
 * edits and deletions; after a reconnect the thread is loaded again. The query's own polling catches
 * replies from people the account does not follow.
 */
export function useThreadLive(accountId: string, statusId: string): void {
  const client = useQueryClient();
  useEffect(() => {
    const key = threadKey(accountId, statusId);
    return streamHubFor(accountId).subscribe(
      { stream: 'user' },
      {
        event: (event) =>
          client.setQueryData<ThreadData>(key, (data) => data && applyThreadEvent(data, event)),
        resync: () => void client.invalidateQueries({ queryKey: key, exact: true }),
        state: () => undefined,
      },
    );
  }, [client, accountId, statusId]);
}
