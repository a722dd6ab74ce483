import { useQuery } from '@tanstack/react-query';
import { useDeferredValue } from 'react';
import { withAccount } from '../../mastodon';

/** The account's lists, for a list column. */
export function useLists(accountId: string | undefined) {
  return useQuery({
    queryKey: ['acct', accountId, 'lists'],
    queryFn: () => withAccount(accountId!, async ({ rest }) => await rest.v1.lists.list()),
    enabled: accountId !== undefined,
    staleTime: 60_000,
  });
}

/** Hashtags the account follows, offered first in a hashtag column. */
export function useFollowedTags(accountId: string | undefined) {
  return useQuery({
    queryKey: ['acct', accountId, 'followed-tags'],
    queryFn: () =>
      withAccount(accountId!, async ({ rest }) =>
        (await rest.v1.followedTags.list({ limit: 80 })).map((tag) => tag.name),
      ),
    enabled: accountId !== undefined,
    staleTime: 60_000,
  });
}

/** People matching what was typed, resolved on the account's instance, for a profile column. */
export function useAccountSearch(accountId: string | undefined, typed: string) {
  const q = useDeferredValue(typed.trim().replace(/^@/, ''));
  return useQuery({
    queryKey: ['acct', accountId, 'account-search', q],
    queryFn: () =>
      withAccount(accountId!, async ({ rest }) => {
        const { accounts } = await rest.v2.search.list({
          q,
          type: 'accounts',
          resolve: q.includes('@'),
          limit: 6,
        });
        return accounts;
      }),
    enabled: accountId !== undefined && q.length >= 2,
    staleTime: 30_000,
  });
}
