import { useTranslation } from 'react-i18next';
import type { mastodon } from '../../mastodon';
import { Avatar } from '../../ui/Avatar';
import { EmojiText } from './EmojiText';
import { useAnimate } from './motion';
import { StatusIcon } from './StatusIcon';
import { StatusTime } from './StatusTime';

type Status = mastodon.v1.Status;

function VisibilityMark({ visibility }: { visibility: Status['visibility'] }) {
  const { t } = useTranslation();
  if (visibility === 'private') return <StatusIcon name="lock" label={t('status.visibilityPrivate')} />;
  if (visibility === 'direct') return <StatusIcon name="mail" label={t('status.visibilityDirect')} />;
  if (visibility === 'unlisted') return <StatusIcon name="moon" label={t('status.visibilityUnlisted')} />;
  return null;
}

/** Who posted and when: avatar (animated on hover only), name with custom emoji, handle, time. */
export function StatusHeader({ post, compact = false }: { post: Status; compact?: boolean }) {
  const animate = useAnimate();
  const { account } = post;
  return (
    <header className="status-header">
      <Avatar
        src={account.avatar}
        staticSrc={account.avatarStatic}
        size={compact ? 20 : 40}
        animate={animate}
      />
      <p className="status-author">
        <bdi className="status-name">
          <EmojiText text={account.displayName || account.username} emojis={account.emojis} />
        </bdi>
        <span className="status-handle">@{account.acct}</span>
      </p>
      <p className="status-meta">
        <VisibilityMark visibility={post.visibility} />
        <StatusTime at={post.createdAt} edited={post.editedAt} />
      </p>
    </header>
  );
}
