import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { AccountSummary } from '../../../../electron/ipc/types/accounts';
import { host, unwrap } from '../../lib/host';
import { accountForgotten, accountReauthorized } from '../../mastodon';

export const accountsKey = ['host', 'accounts'] as const;

export const accountsQuery = queryOptions({
  queryKey: accountsKey,
  queryFn: () => unwrap(host().accounts.list()),
  staleTime: Infinity,
});

/** The signed-in accounts, in the user's order. */
export function useAccounts(): AccountSummary[] | undefined {
  return useQuery(accountsQuery).data;
}

export function useAccount(accountId: string | undefined): AccountSummary | undefined {
  return useAccounts()?.find((account) => account.id === accountId);
}

/**
 * Mounted once: follows the host's `accounts.changed` event, keeps the cached list current, and tells the
 * Mastodon layer when an account signed in again (new token, streams back) or went away (close its socket,
 * drop its cached timelines).
 */
export function useAccountLifecycle(): void {
  const client = useQueryClient();
  useEffect(
    () =>
      host().events.on('accounts.changed', (next) => {
        const before = client.getQueryData<AccountSummary[]>(accountsKey) ?? [];
        for (const account of before) {
          const now = next.find((a) => a.id === account.id);
          if (!now) {
            accountForgotten(account.id);
            client.removeQueries({ queryKey: ['acct', account.id] });
          } else if (account.status === 'needs_sign_in' && now.status === 'active') {
            accountReauthorized(account.id);
            void client.invalidateQueries({ queryKey: ['acct', account.id] });
          }
        }
        client.setQueryData(accountsKey, next);
      }),
    [client],
  );
}
