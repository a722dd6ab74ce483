import type { mastodon } from 'masto';

/*
 * Wire types: masto's own entity types, corrected only where masto's declaration and Mastodon 4.5's
 * actual JSON disagree (each case says what Mastodon sends).
 */

/** Mastodon omits `application` on statuses from other servers. */
export type WireStatus = Omit<mastodon.v1.Status, 'application' | 'reblog' | 'quote'> & {
  application?: mastodon.v1.Application | null;
  reblog?: WireStatus | null;
  quote?: WireQuote | mastodon.v1.ShallowQuote | null;
};

export type WireQuote = Omit<mastodon.v1.Quote, 'quotedStatus'> & { quotedStatus?: WireStatus | null };

/** Mastodon sends `detected_source_language`, plus the translated spoiler, poll and media. */
export interface WireTranslation {
  content: string;
  spoilerText: string;
  detectedSourceLanguage: string;
  provider: string;
  poll?: { id: string; options: { title: string }[] } | null;
  mediaAttachments: { id: string; description: string }[];
}

/** `sample_account_ids` is an array of ids (masto declares a string). */
export type WireNotificationGroup = Omit<mastodon.v1.NotificationGroup, 'sampleAccountIds'> & {
  sampleAccountIds: string[];
};

export interface WireGroupedNotifications {
  accounts: mastodon.v1.Account[];
  partialAccounts?: mastodon.v1.PartialAccountWithAvatar[];
  statuses: WireStatus[];
  notificationGroups: WireNotificationGroup[];
}

/** Notifications carry our status type (see WireStatus). */
export type WireNotification = Omit<mastodon.v1.Notification, 'status'> & { status?: WireStatus | null };

/** Mastodon 4.3+ answers app registration with `id`, `redirect_uri` and an integer expiry (0 = never). */
export type WireClient = Omit<mastodon.v1.Client, 'clientSecretExpiresAt'> & {
  id: string;
  redirectUri: string;
  clientSecretExpiresAt: number;
};

export type WireStatusEdit = Omit<mastodon.v1.StatusEdit, 'quote'> & {
  poll?: { options: { title: string }[] } | null;
};

export type WireContext = { ancestors: WireStatus[]; descendants: WireStatus[] };
