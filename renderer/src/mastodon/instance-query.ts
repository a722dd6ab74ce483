import { queryOptions } from '@tanstack/react-query';
import { isTransient, toMastoFailure } from './masto-errors';
import { withAccount } from './masto-call';

export type { ServerInstance } from './server-instance';

/**
 * The instance of an account's server, for every feature that needs a part of it (the composer's limits,
 * translation, notification grouping), which take their part with `select`. Read once per run with the
 * account's clients (`MastoClients.instance`), which the streaming host comes from too.
 * @see https://docs.joinmastodon.org/methods/instance/#v2
 */
export const instanceQuery = (accountId: string) =>
  queryOptions({
    queryKey: ['acct', accountId, 'instance'],
    queryFn: () => withAccount(accountId, (clients) => clients.instance()),
    staleTime: Infinity,
    retry: (count, error) => count < 2 && isTransient(toMastoFailure(error)),
  });
