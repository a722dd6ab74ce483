import type { TFunction } from 'i18next';
import { useTranslation } from '../../i18n/use-translation';
import type { mastodon } from '../../mastodon';
import { Avatar } from '../../ui/Avatar';
import { EmojiText } from './EmojiText';
import { StatusIcon } from './StatusIcon';

type Status = mastodon.v1.Status;

interface Props {
  /** The status as listed (a boost wraps the post). */
  status: Status;
  /** What is shown: the boosted post, or the status itself. */
  post: Status;
  onOpen: (() => void) | undefined;
}

/** Who the post answers, as its mentions name them ("Replying to @bob"), or "Continued thread". */
function replyText(post: Status, t: TFunction): string | undefined {
  if (!post.inReplyToId) return undefined;
  if (post.inReplyToAccountId === post.account.id) return t('status.continuedThread');
  const to = post.mentions.find((mention) => mention.id === post.inReplyToAccountId);
  return to ? t('status.replyingTo', { acct: to.acct }) : t('status.replyingToSomeone');
}

/** The line above a post saying why it is here: boosted by someone, pinned, or a reply to someone. */
export function StatusContextLine({ status, post, onOpen }: Props) {
  const { t } = useTranslation();
  const booster = status.reblog ? status.account : undefined;
  const reply = replyText(post, t);
  if (!booster && !post.pinned && !reply) return null;
  return (
    <div className="status-context">
      {booster && (
        <p className="status-boost">
          <StatusIcon name="boost" />
          <Avatar src={booster.avatar} staticSrc={booster.avatarStatic} size={16} animate={false} />
          <bdi>
            <EmojiText
              text={t('status.boostedBy', { name: booster.displayName || booster.username })}
              emojis={booster.emojis}
            />
          </bdi>
        </p>
      )}
      {post.pinned && !booster && (
        <p className="status-pinned">
          <StatusIcon name="pin" />
          {t('status.pinned')}
        </p>
      )}
      {reply && !booster && (
        <p className="status-reply-to">
          <StatusIcon name="reply" />
          {onOpen ? (
            <button type="button" className="link-button" onClick={onOpen}>
              {reply}
            </button>
          ) : (
            reply
          )}
        </p>
      )}
    </div>
  );
}
