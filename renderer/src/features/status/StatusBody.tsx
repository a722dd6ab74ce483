import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { mastodon } from '../../mastodon';
import { EmojiText } from './EmojiText';
import { StatusContent } from './StatusContent';
import { StatusLinkCard } from './StatusLinkCard';
import { StatusMedia } from './StatusMedia';
import { StatusPoll } from './StatusPoll';

interface Props {
  post: mastodon.v1.Status;
  blurMedia: boolean;
  /** The quoted post, if any, rendered by the card. */
  quote: ReactNode;
}

/** What the post says: content warning, text, media, poll, link card and quote. */
export function StatusBody({ post, blurMedia, quote }: Props) {
  const { t } = useTranslation();
  const warned = post.spoilerText.trim() !== '';
  const [open, setOpen] = useState(false);
  const hidden = warned && !open;
  const bodyId = `status-body-${post.id}`;
  return (
    <div className="status-body">
      {warned && (
        <p className="status-spoiler">
          <span className="status-spoiler-text">
            <EmojiText text={post.spoilerText} emojis={post.emojis} />
          </span>
          <button
            type="button"
            className="status-spoiler-toggle"
            aria-expanded={open}
            aria-controls={bodyId}
            onClick={() => setOpen((value) => !value)}
          >
            {open ? t('status.showLess') : t('status.showMore')}
          </button>
        </p>
      )}
      <div id={bodyId} hidden={hidden}>
        {!hidden && (
          <>
            <StatusContent post={post} />
            <StatusMedia media={post.mediaAttachments} sensitive={post.sensitive || blurMedia} />
            {post.poll && <StatusPoll poll={post.poll} emojis={post.emojis} />}
            {post.card && post.mediaAttachments.length === 0 && !post.quote && (
              <StatusLinkCard card={post.card} />
            )}
            {quote}
          </>
        )}
      </div>
    </div>
  );
}
