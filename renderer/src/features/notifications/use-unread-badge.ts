import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { AccountSummary } from '../../../../electron/ipc/types/accounts';
import type { AlertSettings } from '../../../../electron/ipc/types/notifications';
import { host, unwrap } from '../../lib/host';
import { unreadQuery } from './notifications.queries';
import { badgeCount } from './unread';
import { useWindowAttended } from './use-presence';

/** Badge updates wait for a quiet moment, so a burst of notifications sets the icon once. */
const badgeDelayMs = 300;

/**
 * Keeps the app icon's badge at the number of unread notifications of every account (minus those whose
 * alerts are switched off), and recounts when the user comes back to the window (they may have read
 * elsewhere meanwhile).
 */
export function useUnreadBadge(accounts: readonly AccountSummary[], settings: AlertSettings): void {
  const client = useQueryClient();
  const ids = accounts.filter((account) => account.status === 'active').map((account) => account.id);
  const unread = useQueries({ queries: ids.map((id) => unreadQuery(id)) });
  const total = badgeCount(
    ids.map((accountId, index) => ({ accountId, state: unread[index]?.data })),
    settings.mutedAccounts,
  );
  const count = settings.badge ? total : 0;

  useEffect(() => {
    const timer = setTimeout(
      () =>
        void unwrap(host().app.setBadge({ count })).catch((error: unknown) =>
          console.warn('[notifications] could not set the badge', error),
        ),
      badgeDelayMs,
    );
    return () => clearTimeout(timer);
  }, [count]);

  const attended = useWindowAttended();
  useEffect(() => {
    if (!attended) return;
    void client.refetchQueries({
      predicate: (query) => query.queryKey[2] === 'notifications' && query.queryKey[3] === 'unread',
      stale: true,
    });
  }, [attended, client]);
}
