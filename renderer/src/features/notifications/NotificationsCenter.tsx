import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../i18n/use-translation';
import type { AlertSettings } from '../../../../electron/ipc/types/notifications';
import { useAccounts } from '../accounts';
import { defaultAlertSettings } from './notification-kinds';
import { unreadQuery } from './notifications.queries';
import { unreadCountOf } from './unread';
import { useNotificationsWatcher } from './use-notifications-watcher';
import { useUnreadBadge } from './use-unread-badge';
import '../../styles/notifications.css';

/**
 * The app-wide part of notifications, mounted once: every account's stream into the caches, desktop
 * alerts (with the user's switches), the icon badge, and clicks on alerts. Renders nothing.
 */
export function NotificationsCenter({ settings }: { settings: AlertSettings | undefined }) {
  const accounts = useAccounts() ?? [];
  const preferences = settings ?? defaultAlertSettings;
  useNotificationsWatcher(accounts, preferences);
  useUnreadBadge(accounts, preferences);
  return null;
}

/** An account's unread notifications, on its avatar in the sidebar. */
export function NotificationsUnreadBadge({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(unreadQuery(accountId));
  const count = unreadCountOf(data);
  if (count === 0) return null;
  const shown = count > 99 ? '99+' : data?.capped ? `${count}+` : String(count);
  return (
    <span
      className="rail-badge rail-badge-unread"
      role="img"
      aria-label={t('notifications.unreadCount', { count })}
    >
      {shown}
    </span>
  );
}
