import { queryOptions } from '@tanstack/react-query';
import { MastoFailureError, withAccount, type mastodon } from '../../mastodon';

/** Who a profile panel shows: an id on the reader's server when known, else a handle to look up. */
export interface ProfileTarget {
  id?: string | undefined;
  acct: string;
  url?: string | undefined;
}

/**
 * An account as `accountId` sees it. A handle is looked up (`/api/v1/accounts/lookup`), and failing that
 * resolved through search, which fetches accounts the server has not met yet.
 */
export const profileQuery = (accountId: string, target: ProfileTarget) =>
  queryOptions({
    queryKey: ['acct', accountId, 'profile', target.id ?? target.acct.toLowerCase()],
    queryFn: (): Promise<mastodon.v1.Account> =>
      withAccount(accountId, async ({ rest }) => {
        if (target.id) return rest.v1.accounts.$select(target.id).fetch();
        try {
          return await rest.v1.accounts.lookup({ acct: target.acct });
        } catch {
          const found = await rest.v2.search.list({
            q: target.acct,
            type: 'accounts',
            resolve: true,
            limit: 1,
          });
          const account = found.accounts[0];
          if (!account) throw new MastoFailureError({ kind: 'not_found' });
          return account;
        }
      }),
    staleTime: 60_000,
  });

export type ProfileTab = 'posts' | 'replies' | 'media';
export const profileTabs: ProfileTab[] = ['posts', 'replies', 'media'];
