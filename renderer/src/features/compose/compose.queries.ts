import { queryOptions, useQuery } from '@tanstack/react-query';
import type { QuotePolicy } from '../../../../electron/ipc/types/drafts';
import { instanceQuery, withAccount, type mastodon, type ServerInstance } from '../../mastodon';
import { host, unwrap } from '../../lib/host';
import { fallbackDefaults, type DraftVisibility, type PostingDefaults } from './draft';
import { defaultLimits, limitsFromConfiguration, type ComposeLimits } from './limits';

/** Server data the composer reads, keyed per account (STYLE.md §4). */

/** The composer's limits from what the server says of itself. */
export const limitsOf = (server: ServerInstance): ComposeLimits =>
  limitsFromConfiguration(server.instance.configuration);

/** The instance's limits, Mastodon's defaults until they are known. */
export function useComposeLimits(accountId: string | undefined): ComposeLimits {
  return (
    useQuery({ ...instanceQuery(accountId ?? ''), select: limitsOf, enabled: accountId !== undefined })
      .data ?? defaultLimits
  );
}

const visibilities: DraftVisibility[] = ['public', 'unlisted', 'private', 'direct'];
const quotePolicies: QuotePolicy[] = ['public', 'followers', 'nobody'];

/** `/api/v1/preferences`, plus 4.5's `posting:default:quote_policy` which masto does not type yet. */
export function defaultsFromPreferences(prefs: mastodon.v1.Preference): PostingDefaults {
  const raw = prefs as mastodon.v1.Preference & { 'posting:default:quote_policy'?: string };
  const visibility = prefs['posting:default:visibility'];
  const quotePolicy = raw['posting:default:quote_policy'];
  return {
    visibility: visibilities.includes(visibility) ? visibility : 'public',
    sensitive: prefs['posting:default:sensitive'] === true,
    language: prefs['posting:default:language'] || null,
    quotePolicy: quotePolicies.includes(quotePolicy as QuotePolicy) ? (quotePolicy as QuotePolicy) : null,
  };
}

export const postingDefaultsQuery = (accountId: string) =>
  queryOptions({
    queryKey: ['acct', accountId, 'preferences'],
    queryFn: () =>
      withAccount(accountId, async ({ rest }) => defaultsFromPreferences(await rest.v1.preferences.fetch())),
    staleTime: 10 * 60_000,
  });

export function usePostingDefaults(accountId: string | undefined): PostingDefaults {
  return (
    useQuery({ ...postingDefaultsQuery(accountId ?? ''), enabled: accountId !== undefined }).data ??
    fallbackDefaults
  );
}

export const customEmojisQuery = (accountId: string) =>
  queryOptions({
    queryKey: ['acct', accountId, 'customEmojis'],
    queryFn: () => withAccount(accountId, async ({ rest }) => await rest.v1.customEmojis.list()),
    staleTime: 60 * 60_000,
  });

export function useCustomEmojis(accountId: string | undefined): mastodon.v1.CustomEmoji[] {
  return useQuery({ ...customEmojisQuery(accountId ?? ''), enabled: accountId !== undefined }).data ?? [];
}

export const scheduledStatusesQuery = (accountId: string) =>
  queryOptions({
    queryKey: ['acct', accountId, 'scheduledStatuses'],
    queryFn: () =>
      withAccount(accountId, async ({ rest }) => await rest.v1.scheduledStatuses.list({ limit: 40 })),
    staleTime: 0,
  });

export const accountSuggestionsQuery = (accountId: string, q: string) =>
  queryOptions({
    queryKey: ['acct', accountId, 'compose', 'accountSearch', q],
    queryFn: () =>
      withAccount(
        accountId,
        async ({ rest }) => await rest.v1.accounts.search.list({ q, limit: 6, resolve: false }),
      ),
    staleTime: 60_000,
  });

export const hashtagSuggestionsQuery = (accountId: string, q: string) =>
  queryOptions({
    queryKey: ['acct', accountId, 'compose', 'hashtagSearch', q],
    queryFn: () =>
      withAccount(
        accountId,
        async ({ rest }) => (await rest.v2.search.list({ q, type: 'hashtags', limit: 6 })).hashtags,
      ),
    staleTime: 60_000,
  });

/** Kept drafts from the host (the drafts dialog). */
export const savedDraftsQuery = queryOptions({
  queryKey: ['host', 'drafts'],
  queryFn: () => unwrap(host().drafts.list()),
  staleTime: 0,
});
