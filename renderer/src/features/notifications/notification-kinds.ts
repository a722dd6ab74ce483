import type { Column } from '../../../../electron/ipc/types/deck';
import type { AlertCategory, AlertSettings } from '../../../../electron/ipc/types/notifications';
import type { mastodon } from '../../mastodon';

export type Notification = mastodon.v1.Notification;
export type NotificationType = mastodon.v1.NotificationType;

/**
 * Types Mastodon groups (favourites and boosts of one post, follows, sign-ups; 12-hour windows). We ask the
 * v2 API to group exactly these, and group them the same way ourselves on servers without it.
 * @see https://docs.joinmastodon.org/methods/grouped_notifications/
 */
export const groupedTypes: readonly NotificationType[] = ['favourite', 'reblog', 'follow', 'admin.sign_up'];
export const isGroupedType = (type: NotificationType): boolean => groupedTypes.includes(type);

/** Every type this client knows how to show; a column's `params.types` may only name these. */
export const knownTypes: readonly NotificationType[] = [
  'mention',
  'status',
  'reblog',
  'favourite',
  'follow',
  'follow_request',
  'poll',
  'update',
  'quote',
  'quoted_update',
  'admin.sign_up',
  'admin.report',
  'severed_relationships',
  'moderation_warning',
];

/** The typed notification columns offered in the add-column dialog (`notifications` + `params.types`). */
export const notificationFilters = {
  all: [],
  mentions: ['mention'],
  boosts: ['reblog', 'favourite'],
  follows: ['follow', 'follow_request'],
  polls: ['poll'],
  edits: ['update', 'quoted_update'],
  quotes: ['quote'],
  posts: ['status'],
  moderation: ['admin.sign_up', 'admin.report', 'severed_relationships', 'moderation_warning'],
} as const satisfies Record<string, readonly NotificationType[]>;
export type NotificationFilter = keyof typeof notificationFilters;
export const notificationFilterNames = Object.keys(notificationFilters) as NotificationFilter[];

/** Column types whose body is a notifications feed (this feature's, not the timeline's). */
export const notificationColumnTypes: readonly Column['type'][] = [
  'notifications',
  'mentions',
  'all-notifications',
];
export const isNotificationsColumn = (column: Pick<Column, 'type'>): boolean =>
  notificationColumnTypes.includes(column.type);

/** The types a column shows, sorted; undefined means all of them. */
export function columnTypes(column: Pick<Column, 'type' | 'params'>): NotificationType[] | undefined {
  if (column.type === 'mentions') return ['mention'];
  const raw = column.params['types'];
  const listed = Array.isArray(raw) ? raw : typeof raw === 'string' && raw ? [raw] : [];
  const types = knownTypes.filter((type) => listed.includes(type));
  return types.length > 0 ? types : undefined;
}

/** Which preset a type list is ("boosts" for reblog + favourite), or undefined for a custom list. */
export function filterOf(types: readonly NotificationType[] | undefined): NotificationFilter | undefined {
  if (!types) return 'all';
  const key = [...types].sort().join();
  return notificationFilterNames.find(
    (name) => name !== 'all' && [...notificationFilters[name]].sort().join() === key,
  );
}

/** The switch a type falls under in the alert settings. */
export function alertCategoryOf(type: NotificationType): AlertCategory {
  switch (type) {
    case 'mention':
    case 'status':
    case 'reblog':
    case 'favourite':
    case 'follow':
    case 'follow_request':
    case 'poll':
    case 'update':
    case 'quote':
      return type;
    case 'quoted_update':
      return 'update';
    case 'admin.sign_up':
    case 'admin.report':
      return 'admin';
    default:
      return 'account';
  }
}

/**
 * Every category, in the order the settings list them. A record rather than a list so the compiler says
 * when the host's schema gains one (the schema's own list would bring zod into the renderer's bundle).
 */
const everyCategory = {
  mention: true,
  status: true,
  reblog: true,
  favourite: true,
  follow: true,
  follow_request: true,
  poll: true,
  update: true,
  quote: true,
  admin: true,
  account: true,
} satisfies Record<AlertCategory, true>;

export const alertCategories = Object.keys(everyCategory) as AlertCategory[];

/** Until the user changes anything: every account and type alerts, no do-not-disturb, a badge. */
export const defaultAlertSettings: AlertSettings = {
  enabled: true,
  doNotDisturb: false,
  mutedAccounts: [],
  mutedCategories: [],
  badge: true,
};
