/**
 * Notifications (issue 8): grouped columns (server v2 groups, or grouped here on older servers), typed and
 * all-accounts columns, desktop alerts with their switches and burst grouping, unread counts and badges.
 */
export { NotificationsCenter, NotificationsUnreadBadge } from './NotificationsCenter';
export { NotificationsColumnFeed, notificationsColumnTitle } from './NotificationsColumnFeed';
export { NotificationsSettings } from './NotificationsSettings';
export {
  isNotificationsColumn,
  notificationFilterNames,
  notificationFilters,
  type NotificationFilter,
} from './notification-kinds';
export { notificationStatusChanged } from './notifications.stream';
