import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { notificationRequestsQuery } from './notifications.queries';
import { NotificationsFilteredDialog } from './NotificationsFilteredDialog';
import { NotificationsIcon } from './NotificationsIcon';

/**
 * The way to notifications the server's filtering policy held back (4.3+): a quiet line at the top of a
 * column, with how many wait for a decision. Servers without the feature show nothing.
 */
export function NotificationsFiltered({ accountIds }: { accountIds: readonly string[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const results = useQueries({ queries: accountIds.map((id) => notificationRequestsQuery(id)) });
  const supported = accountIds.filter((_, index) => results[index]?.isSuccess);
  if (supported.length === 0) return null;
  const waiting = results.reduce(
    (sum, result) =>
      sum + (result.data?.policy?.summary?.pendingNotificationsCount ?? result.data?.requests.length ?? 0),
    0,
  );
  return (
    <>
      <button
        type="button"
        className={`notifications-filtered${waiting > 0 ? ' notifications-filtered-waiting' : ''}`}
        onClick={() => setOpen(true)}
      >
        <NotificationsIcon name="filter" size={14} />
        <span>
          {waiting > 0
            ? t('notifications.filtered.waiting', { count: waiting })
            : t('notifications.filtered.open')}
        </span>
      </button>
      {open && <NotificationsFilteredDialog accountIds={supported} onClose={() => setOpen(false)} />}
    </>
  );
}
