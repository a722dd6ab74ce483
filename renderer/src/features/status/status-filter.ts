import type { mastodon } from '../../mastodon';

/**
 * What the user's server-side filters say about a post in the place it is shown (computed by the timeline
 * for its filter context): `hide` drops it, `warn` collapses it behind the filters' titles, `blur` blurs its
 * media. @see https://docs.joinmastodon.org/entities/FilterResult/
 */
export type FilterVerdict =
  | { action: 'show' }
  | { action: 'hide' }
  | { action: 'warn'; titles: string[] }
  | { action: 'blur'; titles: string[] };

export const showVerdict: FilterVerdict = { action: 'show' };

/**
 * The user's filters that catch a post where it is read: those for `context` that have not expired (the
 * server attaches every matching filter, whatever its context).
 */
export const activeFilterResults = (
  results: readonly mastodon.v1.FilterResult[],
  context: mastodon.v2.FilterContext,
  now: number,
): mastodon.v1.FilterResult[] =>
  results.filter(
    ({ filter }) =>
      filter.context.includes(context) && (!filter.expiresAt || Date.parse(filter.expiresAt) > now),
  );

/** The strongest action among the filters that caught a post: hide, then warn, then blur. */
export function verdictOf(results: readonly mastodon.v1.FilterResult[]): FilterVerdict {
  if (results.length === 0) return showVerdict;
  if (results.some(({ filter }) => filter.filterAction === 'hide')) return { action: 'hide' };
  const titles = (action: 'warn' | 'blur') => [
    ...new Set(
      results.filter(({ filter }) => filter.filterAction === action).map(({ filter }) => filter.title),
    ),
  ];
  const warn = titles('warn');
  if (warn.length > 0) return { action: 'warn', titles: warn };
  const blur = titles('blur');
  return blur.length > 0 ? { action: 'blur', titles: blur } : showVerdict;
}
