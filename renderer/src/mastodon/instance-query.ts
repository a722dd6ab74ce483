import { queryOptions } from '@tanstack/react-query';
import { MastoHttpError, type mastodon } from 'masto';
import { isTransient, toMastoFailure } from './masto-errors';
import { withAccount } from './masto-call';

/** What a server says about itself: `/api/v2/instance` (Mastodon 4.0+), else v1's. */
export type ServerInstance =
  { version: 2; instance: mastodon.v2.Instance } | { version: 1; instance: mastodon.v1.Instance };

/**
 * The instance of an account's server, read once for every feature that needs a part of it (the
 * composer's limits, translation, notification grouping) — each used to ask on its own, three requests
 * per account at startup. Features take their part with `select`.
 * @see https://docs.joinmastodon.org/methods/instance/#v2
 */
export const instanceQuery = (accountId: string) =>
  queryOptions({
    queryKey: ['acct', accountId, 'instance'],
    queryFn: (): Promise<ServerInstance> =>
      withAccount(accountId, async ({ rest }) => {
        try {
          return { version: 2, instance: await rest.v2.instance.fetch() };
        } catch (error) {
          // Servers older than Mastodon 4.0 have no v2; any other failure is the query's (retried when
          // transient), not a reason to read a different instance.
          if (!(error instanceof MastoHttpError && error.statusCode === 404)) throw error;
          return { version: 1, instance: await rest.v1.instance.fetch() };
        }
      }),
    staleTime: 60 * 60_000,
    retry: (count, error) => count < 2 && isTransient(toMastoFailure(error)),
  });
