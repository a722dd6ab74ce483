import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { AccountSummary } from '../../../../electron/ipc/types/accounts';
import type { AlertSettings } from '../../../../electron/ipc/types/notifications';
import { host, unwrap } from '../../lib/host';
import { streamHubFor } from '../../mastodon';
import { statusChangeOf, useStatusNavigation } from '../status';
import { alertMessage } from './alert-message';
import { alertVerdict } from './alert-policy';
import { decodeTarget } from './alert-target';
import { AlertThrottle } from './alert-throttle';
import {
  catchUpNotifications,
  notificationArrived,
  notificationsMerged,
  notificationStatusChanged,
} from './notifications.stream';
import { shownOnScreen, streamStateChanged } from './notifications.store';
import { openAlertTarget } from './open-alert-target';
import { windowAttended } from './use-presence';

const warn = (what: string) => (error: unknown) => console.warn(`[notifications] ${what}`, error);

/**
 * Mounted once for the whole app: listens to every active account's notifications stream (whether or not a
 * column shows them), puts what arrives into the caches (and posts edited or deleted into the entries that
 * show them), decides which deserve a desktop alert and groups bursts, and opens what a clicked alert is
 * about.
 */
export function useNotificationsWatcher(accounts: readonly AccountSummary[], settings: AlertSettings): void {
  const client = useQueryClient();
  const navigation = useStatusNavigation();
  const { t } = useTranslation();
  const live = useRef({ accounts, settings, t, navigation });
  useEffect(() => {
    live.current = { accounts, settings, t, navigation };
  });

  // Created in an effect (it holds timers); read by the stream listeners when events arrive.
  const throttle = useRef<AlertThrottle>(undefined);
  useEffect(() => {
    const created = new AlertThrottle({
      deliver: (batch) => {
        const message = alertMessage(batch, live.current.accounts, live.current.t);
        void unwrap(host().notify.show(message)).catch(warn('could not show a desktop notification'));
      },
    });
    throttle.current = created;
    return () => created.dispose();
  }, []);
  const quiet = !settings.enabled || settings.doNotDisturb;
  useEffect(() => {
    if (quiet) throttle.current?.drop();
  }, [quiet]);

  const active = accounts
    .filter((account) => account.status === 'active')
    .map((account) => account.id)
    .join('\n');
  useEffect(() => {
    const ids = active ? active.split('\n') : [];
    const stops = ids.map((accountId) =>
      streamHubFor(accountId).subscribe(
        { stream: 'user:notification' },
        {
          event: (event) => {
            if (event.event === 'notifications_merged') {
              void notificationsMerged(client, accountId).catch(warn('could not reload notifications'));
              return;
            }
            if (event.event !== 'notification') return;
            const notification = event.payload;
            notificationArrived(client, accountId, notification);
            const verdict = alertVerdict(accountId, notification, {
              settings: live.current.settings,
              attended: windowAttended(),
              onScreen: shownOnScreen(accountId, notification.type),
              now: Date.now(),
            });
            if (verdict.alert) throttle.current?.offer({ accountId, notification });
          },
          resync: () => void catchUpNotifications(client, accountId).catch(warn('could not catch up')),
          state: (state) => streamStateChanged(accountId, state),
        },
      ),
    );
    // Edits and deletions come on the home stream, not the notifications one; Mastodon's web app listens
    // to it all the time too (one socket per account carries both).
    const posts = ids.map((accountId) =>
      streamHubFor(accountId).subscribe(
        { stream: 'user' },
        {
          event: (event) => {
            const change = statusChangeOf(event);
            if (change) notificationStatusChanged(client, accountId, change);
          },
          resync: () => undefined,
          state: () => undefined,
        },
      ),
    );
    return () => [...stops, ...posts].forEach((stop) => stop());
  }, [active, client]);

  useEffect(
    () =>
      host().events.on('notification.clicked', ({ tag }) => {
        const target = decodeTarget(tag);
        if (target) openAlertTarget(client, live.current.navigation, target);
      }),
    [client],
  );
}
