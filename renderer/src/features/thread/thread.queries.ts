import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { withAccount, type mastodon } from '../../mastodon';
import type { ThreadData } from './thread-cache';

export const threadKey = (accountId: string, statusId: string) =>
  ['acct', accountId, 'thread', statusId] as const;

/** How often an open thread asks for new replies (the stream only carries posts the account follows). */
export const threadPollMs = 20_000;

/**
 * A post with its context: ancestors and descendants, fetched together.
 * @see https://docs.joinmastodon.org/methods/statuses/#context
 */
export const threadQuery = (accountId: string, statusId: string) =>
  queryOptions({
    queryKey: threadKey(accountId, statusId),
    queryFn: (): Promise<ThreadData> =>
      withAccount(accountId, async ({ rest }) => {
        const selected = rest.v1.statuses.$select(statusId);
        const [focused, context] = await Promise.all([selected.fetch(), selected.context.fetch()]);
        return { focused, ancestors: context.ancestors, descendants: context.descendants, loaded: true };
      }),
    // A thread opened from a column shows its post at once and loads the rest straight away.
    staleTime: (query) => (query.state.data?.loaded ? 10_000 : 0),
    refetchInterval: threadPollMs,
    retry: 1,
  });

/** Seeds a thread with the post the reader clicked, so the panel shows it before the context arrives. */
export function threadSeeded(client: QueryClient, accountId: string, status: mastodon.v1.Status): void {
  const key = threadKey(accountId, status.id);
  if (!client.getQueryData(key))
    client.setQueryData<ThreadData>(key, { focused: status, ancestors: [], descendants: [], loaded: false });
}

/** Applies a change to every open or cached thread of an account (the writer's part for threads). */
export function patchThreads(
  client: QueryClient,
  accountId: string,
  change: (data: ThreadData) => ThreadData,
): void {
  client.setQueriesData<ThreadData>(
    { queryKey: ['acct', accountId, 'thread'] },
    (data) => data && change(data),
  );
}
