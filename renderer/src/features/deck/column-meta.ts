import type { TFunction } from 'i18next';
import type { Column, ColumnType } from '../../../../electron/ipc/types/deck';
import type { IconName } from '../../ui/Icon';
import { notificationsColumnTitle } from '../notifications';

export const columnIcons: Record<ColumnType, IconName> = {
  home: 'home',
  notifications: 'bell',
  mentions: 'at',
  local: 'users',
  federated: 'globe',
  remote: 'globe',
  hashtag: 'hash',
  list: 'list',
  profile: 'user',
  bookmarks: 'bookmark',
  favourites: 'star',
  direct: 'mail',
  trending: 'trending',
  search: 'search',
  'public-instance': 'globe',
  'all-notifications': 'bell',
};

const text = (value: Column['params'][string] | undefined) =>
  Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';

/** "Home", "#cats #dogs", "Liste: Friends", "@bob@remote.example"… */
export function columnTitle(column: Column, t: TFunction): string {
  if (column.title) return column.title;
  const { params } = column;
  switch (column.type) {
    case 'hashtag': {
      const tags = Array.isArray(params['tags']) ? params['tags'] : [text(params['tags'])];
      return tags.map((tag) => `#${tag}`).join(' ');
    }
    case 'list':
      return text(params['listTitle']) || t('columns.list');
    case 'profile':
      return `@${text(params['acct'])}`;
    case 'search':
      return t('columns.searchFor', { query: text(params['q']) });
    case 'public-instance':
      return text(params['instance']).replace(/^https?:\/\//, '');
    case 'notifications':
    case 'mentions':
    case 'all-notifications':
      return notificationsColumnTitle(column, t);
    default:
      return t(`columns.${column.type}`);
  }
}
