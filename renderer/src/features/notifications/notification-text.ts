import type { TFunction } from 'i18next';
import type { mastodon } from '../../mastodon';
import type { NotificationEntry } from './notification-entry';

export const nameOf = (account: Pick<mastodon.v1.Account, 'displayName' | 'username'>): string =>
  account.displayName || account.username;

/** Types whose entries may hold several people, with "X and Y" / "X and N others" sentences. */
const groupSentences = {
  favourite: 'favourite',
  reblog: 'reblog',
  follow: 'follow',
  'admin.sign_up': 'adminSignUp',
} as const;

const singleSentences = {
  mention: 'mention',
  status: 'status',
  follow_request: 'followRequest',
  update: 'update',
  quote: 'quote',
  quoted_update: 'quotedUpdate',
  moderation_warning: 'moderationWarning',
} as const;

/**
 * "Alice favourited your post", "Alice and Bob followed you", "Alice and 4 others boosted your post", in
 * the interface language. `ownId` (the reader's id on that server) tells their own poll from another's.
 */
export function entrySentence(entry: NotificationEntry, t: TFunction, ownId?: string): string {
  const [first, second] = entry.accounts;
  const name = first ? nameOf(first) : '?';
  const others = entry.count - 1;
  const grouped = groupSentences[entry.type as keyof typeof groupSentences];
  if (grouped) {
    if (others <= 0) return t(`notifications.sentence.${grouped}`, { name });
    if (others === 1 && second)
      return t(`notifications.sentence.${grouped}Pair`, { name, other: nameOf(second) });
    return t(`notifications.sentence.${grouped}Group`, { name, count: others });
  }
  const single = singleSentences[entry.type as keyof typeof singleSentences];
  if (single) return t(`notifications.sentence.${single}`, { name });
  switch (entry.type) {
    case 'poll':
      return entry.status && ownId && entry.status.account.id === ownId
        ? t('notifications.sentence.pollOwn')
        : t('notifications.sentence.poll');
    case 'admin.report':
      return t('notifications.sentence.adminReport', {
        name,
        target: entry.report ? nameOf(entry.report.targetAccount) : '?',
      });
    case 'severed_relationships':
      return t('notifications.sentence.severedRelationships', { target: entry.event?.targetName ?? '?' });
    default:
      return t('notifications.sentence.other', { name });
  }
}

/** Plain text of a post for an alert: its content warning if it has one (never the hidden text). */
export function postExcerpt(status: mastodon.v1.Status, t: TFunction, max = 160): string {
  const post = status.reblog ?? status;
  if (post.spoilerText) return t('notifications.alert.contentWarning', { text: post.spoilerText });
  const html = post.content.replace(/<br\s*\/?>/gi, '\n').replace(/<\/p>\s*<p>/gi, '\n\n');
  const text = (new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '').trim();
  if (text) return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
  return post.mediaAttachments.length > 0 ? t('notifications.alert.media') : '';
}
