import type { mastodon } from 'masto';
import type { FirehoseTarget } from '../firehose';

/** Payloads of the admin API (under /__fake/, a path no real server has), shared by server and client. */

export interface InjectStatusInput {
  /** Username (`alice`) or acct (`lena@remote.example`) of the author. */
  as: string;
  text?: string;
  /** Ready-made content HTML, bypassing the formatter. */
  html?: string;
  visibility?: mastodon.v1.StatusVisibility;
  spoilerText?: string;
  sensitive?: boolean;
  language?: string;
  /** Hashtags appended to the text. */
  tags?: string[];
  /** Generated attachments to add. */
  mediaCount?: number;
  mediaType?: mastodon.v1.MediaAttachmentType;
  mediaDescription?: string | null;
  poll?: { options: string[]; expiresIn: number; multiple?: boolean; hideTotals?: boolean };
  inReplyToId?: string;
  quotedStatusId?: string;
  /** Make the author a member of these lists (so the post lands in them). */
  listIds?: string[];
  /** Backdate (ISO 8601). */
  createdAt?: string;
  /** Skip stream events and notifications. */
  silent?: boolean;
  /** A preview card as given (title, description, image… served verbatim, as a hostile server could). */
  card?: InjectCardInput;
}

export interface InjectCardInput {
  url: string;
  title: string;
  description?: string;
  providerName?: string;
  authorName?: string;
  image?: string | null;
}

/** Replaces what an account's profile shows, verbatim (no formatting, no length limits). */
export interface SetProfileInput {
  displayName?: string;
  /** The bio as ready-made HTML. */
  noteHtml?: string;
  /** Fields with ready-made HTML values; `verifiedAt` marks a verified link. */
  fields?: { name: string; value: string; verifiedAt?: string | null }[];
}

export type InjectableNotificationType = mastodon.v1.NotificationType;

export interface InjectNotificationInput {
  for: string;
  type: InjectableNotificationType;
  from: string;
  statusId?: string;
}

export type InteractionInput =
  | { as: string; action: 'favourite' | 'unfavourite' | 'reblog' | 'unreblog' | 'bookmark'; statusId: string }
  | { as: string; action: 'follow' | 'unfollow' | 'block' | 'mute'; account: string }
  | { as: string; action: 'vote'; statusId: string; choices: number[] };

export interface FirehoseInput {
  perSecond: number;
  streams?: FirehoseTarget[];
  as?: string[];
  count?: number;
  viewer?: string;
}

export interface FailInput {
  count: number;
  status: number;
  path?: string;
  method?: string;
  body?: 'json' | 'html';
}

export interface SlowInput {
  count: number;
  delayMs: number;
  path?: string;
  method?: string;
}

export interface DemoAccount {
  id: string;
  username: string;
  acct: string;
  local: boolean;
  /** Local accounts sign in with this password. */
  password: string | null;
}

export interface RevokedToken {
  token: string;
  accountId: string | null;
  username: string | null;
  appId: string | null;
  revokedAt: string;
}

export interface StreamStats {
  connections: number;
  subscriptions: { stream: string; tag?: string; list?: string; accountId: string }[];
  sent: number;
}

export type { FirehoseTarget };
