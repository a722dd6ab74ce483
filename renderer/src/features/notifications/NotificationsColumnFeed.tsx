import type { TFunction } from 'i18next';
import type { Column } from '../../../../electron/ipc/types/deck';
import { columnTypes, filterOf } from './notification-kinds';
import { NotificationsAllColumn } from './NotificationsAllColumn';
import { NotificationsColumn, type NotificationsColumnProps } from './NotificationsColumn';
import '../../styles/notifications.css';

/** The body of a notifications, mentions or all-accounts column (the deck routes them here). */
export function NotificationsColumnFeed(props: NotificationsColumnProps) {
  if (props.column.type === 'all-notifications')
    return (
      <NotificationsAllColumn
        key={props.column.id}
        column={props.column}
        onUnreadChange={props.onUnreadChange}
      />
    );
  return <NotificationsColumn key={`${props.column.id}/${props.column.accountId ?? ''}`} {...props} />;
}

/** "Notifications", "Boosts and favourites", "All notifications"… */
export function notificationsColumnTitle(column: Column, t: TFunction): string {
  if (column.type === 'mentions') return t('columns.mentions');
  const filter = filterOf(columnTypes(column));
  if (filter === 'all')
    return column.type === 'all-notifications' ? t('columns.all-notifications') : t('columns.notifications');
  const name = t(`notifications.filters.${filter ?? 'custom'}`);
  return column.type === 'all-notifications' ? `${name} · ${t('notifications.allAccounts')}` : name;
}
