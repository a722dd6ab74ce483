import type { Notification } from './notification-kinds';

/** What clicking a desktop alert opens. */
export type AlertTarget =
  | { kind: 'status'; accountId: string; statusId: string }
  | { kind: 'profile'; accountId: string; profileId: string; acct: string }
  /** The notifications of an account (a summary of several), or of every account. */
  | { kind: 'notifications'; accountId: string | undefined };

const prefix = 'pouet-alert:';

/** The alert's tag: the host hands it back untouched in `notification.clicked`. */
export const encodeTarget = (target: AlertTarget): string => prefix + JSON.stringify(target);

const isString = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/** Reads a tag back; anything else (another app's tag, a damaged one) is undefined. */
export function decodeTarget(tag: string | undefined): AlertTarget | undefined {
  if (!tag?.startsWith(prefix)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(tag.slice(prefix.length));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const fields = value as Record<string, unknown>;
  const { kind, accountId } = fields;
  if (kind === 'status' && isString(accountId) && isString(fields['statusId']))
    return { kind, accountId, statusId: fields['statusId'] };
  if (kind === 'profile' && isString(accountId) && isString(fields['profileId']) && isString(fields['acct']))
    return { kind, accountId, profileId: fields['profileId'], acct: fields['acct'] };
  if (kind === 'notifications' && (accountId === undefined || isString(accountId)))
    return { kind, accountId };
  return undefined;
}

/** A post for post notifications, the person for follows and sign-ups, the column otherwise. */
export function targetOf(accountId: string, notification: Notification): AlertTarget {
  if (notification.status) return { kind: 'status', accountId, statusId: notification.status.id };
  switch (notification.type) {
    case 'follow':
    case 'follow_request':
    case 'admin.sign_up':
      return {
        kind: 'profile',
        accountId,
        profileId: notification.account.id,
        acct: notification.account.acct,
      };
    default:
      return { kind: 'notifications', accountId };
  }
}
