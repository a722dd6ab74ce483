import type { ColumnType } from '../../../../electron/ipc/types/deck';

/** The column types offered in the add-column dialog, in the order people look for them. */
export const columnChoices: readonly ColumnType[] = [
  'home',
  'notifications',
  'all-notifications',
  'mentions',
  'local',
  'federated',
  'remote',
  'hashtag',
  'list',
  'profile',
  'direct',
  'bookmarks',
  'favourites',
  'trending',
  'search',
  'public-instance',
];

/** Which parameter a type needs before the column can be added. */
export type ColumnParamKind =
  | 'tags'
  | 'list'
  | 'profile'
  | 'query'
  | 'instance'
  /** Which notifications: all, or a kind (mentions, boosts and favourites, follows…). */
  | 'notificationTypes'
  | undefined;

export function paramKindOf(type: ColumnType): ColumnParamKind {
  switch (type) {
    case 'hashtag':
      return 'tags';
    case 'list':
      return 'list';
    case 'profile':
      return 'profile';
    case 'search':
      return 'query';
    case 'public-instance':
      return 'instance';
    case 'notifications':
    case 'all-notifications':
      return 'notificationTypes';
    default:
      return undefined;
  }
}

/** "#cats, dogs  #Birds" → ["cats", "dogs", "Birds"]: what people paste when they list tags. */
export function parseTags(input: string): string[] {
  const tags = input
    .split(/[\s,]+/)
    .map((tag) => tag.replace(/^#+/, '').trim())
    .filter((tag) => /^[\p{L}\p{N}_]+$/u.test(tag));
  // Hashtags are case-insensitive: keep the first spelling of each.
  const seen = new Set<string>();
  return tags.filter((tag) => !seen.has(tag.toLowerCase()) && seen.add(tag.toLowerCase()));
}
