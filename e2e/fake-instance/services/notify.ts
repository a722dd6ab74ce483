import type { mastodon } from 'masto';
import type { NotificationRecord } from '../store';
import type { World } from '../world';
import { publishNotification } from './stream-events';

/** Mastodon groups these types in 12-hour windows (Notification::GROUPED_NOTIFICATION_TYPES). */
const GROUPED = new Set<mastodon.v1.NotificationType>(['favourite', 'reblog', 'follow', 'admin.sign_up']);
const GROUP_SPAN_S = 12 * 3600;

export function groupKeyFor(
  id: string,
  type: mastodon.v1.NotificationType,
  statusId: string | null,
  createdAt: number,
): string {
  if (!GROUPED.has(type)) return `ungrouped-${id}`;
  const bucket = Math.floor(createdAt / 1000 / GROUP_SPAN_S);
  return statusId ? `${type}-${statusId}-${bucket}` : `${type}-${bucket}`;
}

export interface NotifyInput {
  recipientId: string;
  type: mastodon.v1.NotificationType;
  fromId: string;
  statusId?: string | null;
  reportId?: string | null;
  createdAt?: number;
  /** Skip mute/block/self checks (admin injection). */
  force?: boolean;
  /** Seeding builds history without streaming it. */
  silent?: boolean;
}

/** Creates a notification for a local account and streams it, unless the recipient would not get one. */
export function notify(w: World, input: NotifyInput): NotificationRecord | null {
  const store = w.store;
  const recipient = store.account(input.recipientId);
  if (!recipient || recipient.domain !== null) return null;
  if (!input.force) {
    if (input.recipientId === input.fromId) return null;
    const mute = store.muting(input.recipientId, input.fromId);
    if (mute?.notifications || store.isBlocking(input.recipientId, input.fromId)) return null;
    if (
      input.statusId &&
      store.mutedConversations.get(input.recipientId)?.has(input.statusId) &&
      input.type === 'mention'
    )
      return null;
  }
  const createdAt = input.createdAt ?? w.clock.now();
  const id = w.ids.next('notification', 980);
  const statusId = input.statusId ?? null;
  const n: NotificationRecord = {
    id,
    recipientId: input.recipientId,
    type: input.type,
    fromId: input.fromId,
    statusId,
    reportId: input.reportId ?? null,
    createdAt,
    groupKey: groupKeyFor(id, input.type, statusId, createdAt),
  };
  store.notifications.push(n);
  if (!input.silent) publishNotification(w, n);
  return n;
}
