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
