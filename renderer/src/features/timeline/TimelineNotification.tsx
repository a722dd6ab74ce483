import type { TFunction } from 'i18next';
import { useTranslation } from '../../i18n/use-translation';
import type { mastodon } from '../../mastodon';
import { Avatar } from '../../ui/Avatar';
import { EmojiText, StatusCard, useAnimate, type FilterVerdict } from '../status';

type Notification = mastodon.v1.Notification;

const sentenceKeys = {
  mention: 'mention',
  status: 'status',
  reblog: 'reblog',
  favourite: 'favourite',
  follow: 'follow',
  follow_request: 'follow_request',
  poll: 'poll',
  update: 'update',
  quote: 'quote',
  quoted_update: 'quoted_update',
  'admin.sign_up': 'admin_sign_up',
  'admin.report': 'admin_report',
  severed_relationships: 'severed_relationships',
  moderation_warning: 'moderation_warning',
} as const;

/** "Alice favourited your post", in the interface language. */
export function notificationSentence(notification: Notification, t: TFunction): string {
  const name = notification.account.displayName || notification.account.username;
  const key = sentenceKeys[notification.type as keyof typeof sentenceKeys] ?? 'other';
  return t(`timeline.notification.${key}`, { name });
}

/** Posts shown in full (someone talks to you); others get a compact excerpt under the sentence. */
const fullPost = new Set<Notification['type']>(['mention', 'status', 'quote']);

interface Props {
  notification: Notification;
  verdict: FilterVerdict;
  judge: (status: mastodon.v1.Status) => FilterVerdict;
}

/** A simple notification row (the grouped notifications column is a later feature). */
export function TimelineNotification({ notification, verdict, judge }: Props) {
  const { t } = useTranslation();
  const animate = useAnimate();
  const { account, status } = notification;
  // A mention is its post; other posts shown in full say first why they are here.
  if (status && notification.type === 'mention')
    return <StatusCard status={status} verdict={verdict} judge={judge} />;
  const line = (
    <p className="notification-line">
      <Avatar src={account.avatar} staticSrc={account.avatarStatic} size={24} animate={animate} />
      <span>
        <EmojiText text={notificationSentence(notification, t)} emojis={account.emojis} />
      </span>
    </p>
  );
  if (status && fullPost.has(notification.type)) {
    return (
      <div className="notification notification-full">
        {line}
        <StatusCard status={status} verdict={verdict} judge={judge} />
      </div>
    );
  }
  return (
    <div className={`notification notification-${notification.type.replace('.', '-')}`}>
      {line}
      {status ? (
        <div className="notification-post">
          <StatusCard status={status} verdict={verdict} judge={judge} variant="quote" />
        </div>
      ) : (
        (notification.type === 'follow' || notification.type === 'follow_request') && (
          <p className="notification-handle">@{account.acct}</p>
        )
      )}
    </div>
  );
}
