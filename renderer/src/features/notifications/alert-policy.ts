import type { AlertSettings } from '../../../../electron/ipc/types/notifications';
import type { mastodon } from '../../mastodon';
import { activeFilterResults, verdictOf, type FilterVerdict } from '../status';
import { alertCategoryOf, type Notification } from './notification-kinds';

export interface AlertContext {
  settings: AlertSettings;
  /** The window has the focus and is not hidden. */
  attended: boolean;
  /** A notifications column showing this account and type is on screen. */
  onScreen: boolean;
  now: number;
}

export type AlertVerdict =
  | { alert: true }
  | {
      alert: false;
      reason:
        | 'disabled'
        | 'do_not_disturb'
        | 'account_off'
        | 'type_off'
        | 'seen'
        | 'muted_conversation'
        | 'filtered';
    };

/** The user's filters that match the post where notifications are read (and have not expired). */
const notificationFilters = (status: mastodon.v1.Status, now: number) =>
  activeFilterResults(status.filtered ?? [], 'notifications', now);

/** A filter of the user's catches the post in notifications (any action: warn, blur, hide). */
export const filteredForNotifications = (status: mastodon.v1.Status, now: number): boolean =>
  notificationFilters(status, now).length > 0;

/**
 * How a notification's post is shown under the user's filters: `hide` drops the row, `warn` collapses the
 * post behind the filters' titles, `blur` blurs its media.
 * @see https://docs.joinmastodon.org/entities/FilterResult/
 */
export function notificationVerdict(status: mastodon.v1.Status | undefined, now: number): FilterVerdict {
  return verdictOf(status ? notificationFilters(status, now) : []);
}

/**
 * Whether a notification that just arrived deserves a desktop alert. Never for a conversation the user
 * muted or a post their filters catch, nor while they are looking at it; then the switches decide.
 */
export function alertVerdict(
  accountId: string,
  notification: Notification,
  context: AlertContext,
): AlertVerdict {
  const { settings } = context;
  if (!settings.enabled) return { alert: false, reason: 'disabled' };
  if (settings.doNotDisturb) return { alert: false, reason: 'do_not_disturb' };
  if (settings.mutedAccounts.includes(accountId)) return { alert: false, reason: 'account_off' };
  if (settings.mutedCategories.includes(alertCategoryOf(notification.type)))
    return { alert: false, reason: 'type_off' };
  const { status } = notification;
  if (status?.muted) return { alert: false, reason: 'muted_conversation' };
  // Filtered by the notification policy (4.3+, when a client asks for them) or by a keyword filter.
  if ((notification as { filtered?: boolean }).filtered === true) return { alert: false, reason: 'filtered' };
  if (status && filteredForNotifications(status, context.now)) return { alert: false, reason: 'filtered' };
  if (context.attended && context.onScreen) return { alert: false, reason: 'seen' };
  return { alert: true };
}
