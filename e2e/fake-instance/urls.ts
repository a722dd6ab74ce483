import type { AccountRecord, MediaRecord, StatusRecord } from './store';
import type { World } from './world';

/** Public URLs of everything the instance serves or pretends other servers serve. */

const originOf = (w: World, a: AccountRecord): string =>
  a.domain ? (a.remoteOrigin ?? `https://${a.domain}`) : w.origin;

export function accountUrl(w: World, a: AccountRecord): string {
  return `${originOf(w, a)}/@${a.username}`;
}

export function accountUri(w: World, a: AccountRecord): string {
  return `${originOf(w, a)}/users/${a.username}`;
}

export function acct(a: AccountRecord): string {
  return a.domain ? `${a.username}@${a.domain}` : a.username;
}

/** Remote avatars are served from the local media cache, as Mastodon does. */
export function avatarUrl(w: World, a: AccountRecord): string {
  const base = a.domain ? 'cache/accounts' : 'accounts';
  return `${w.origin}/system/${base}/avatars/${a.id}/original/${a.look}.png`;
}

export function headerUrl(w: World, a: AccountRecord): string {
  const base = a.domain ? 'cache/accounts' : 'accounts';
  return `${w.origin}/system/${base}/headers/${a.id}/original/${a.look}.png`;
}

export function statusUrl(w: World, s: StatusRecord, author: AccountRecord): string {
  return s.remoteUrl ?? `${accountUrl(w, author)}/${s.id}`;
}

export function statusUri(w: World, s: StatusRecord, author: AccountRecord): string {
  return s.remoteUrl ?? `${accountUri(w, author)}/statuses/${s.id}`;
}

export function tagUrl(w: World, name: string): string {
  return `${w.origin}/tags/${encodeURIComponent(name.toLowerCase())}`;
}

export function emojiUrl(w: World, shortcode: string): string {
  return `${w.origin}/system/custom_emojis/images/${shortcode}.png`;
}

export function mediaUrl(w: World, m: MediaRecord): string {
  const base = m.remoteDomain ? 'cache/media_attachments' : 'media_attachments';
  return `${w.origin}/system/${base}/files/${m.id}/original/${m.id}.${m.extension}`;
}

export function mediaPreviewUrl(w: World, m: MediaRecord): string {
  const base = m.remoteDomain ? 'cache/media_attachments' : 'media_attachments';
  return `${w.origin}/system/${base}/files/${m.id}/small/${m.id}.png`;
}

export function cardImageUrl(w: World, look: number): string {
  return `${w.origin}/system/cache/preview_cards/images/${look}.png`;
}

export function streamingUrl(w: World): string {
  return w.origin.replace(/^http/, 'ws');
}
