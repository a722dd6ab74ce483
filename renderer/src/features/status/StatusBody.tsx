import { useState, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { AccountSummary } from '../../../../electron/ipc/types/accounts';
import type { mastodon } from '../../mastodon';
import { EmojiText } from './EmojiText';
import { useStatusScope } from './status-context';
import { useColumnWarningsExpanded } from './status.store';
import { StatusContent } from './StatusContent';
import { StatusLinkCard } from './StatusLinkCard';
import { StatusMedia } from './StatusMedia';
import { StatusPoll } from './StatusPoll';
import { StatusTranslated } from './StatusTranslated';

interface Props {
  post: mastodon.v1.Status;
  blurMedia: boolean;
  /** The quoted post, if any, rendered by the card. */
  quote: ReactNode;
  reader: AccountSummary | undefined;
  accounts: AccountSummary[];
  /** Show the server's translation instead of the text (the card's menu turns it on). */
  translated: boolean;
  onOriginal(): void;
}

/** What the post says: content warning, text, media, poll, link card and quote. */
export function StatusBody({ post, blurMedia, quote, reader, accounts, translated, onOriginal }: Props) {
  const { t } = useTranslation();
  const { columnId } = useStatusScope();
  const expandedAll = useColumnWarningsExpanded(columnId);
  const warned = post.spoilerText.trim() !== '';
  // The reader's own choice wins; until then the column's "expand all" decides.
  const [choice, setChoice] = useState<boolean>();
  const open = choice ?? expandedAll;
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
            onClick={() => setChoice(!open)}
          >
            {open ? t('status.showLess') : t('status.showMore')}
          </button>
        </p>
      )}
      <div id={bodyId} hidden={hidden}>
        {!hidden && (
          <>
            {translated && reader ? (
              <StatusTranslated accountId={reader.id} post={post} onOriginal={onOriginal} />
            ) : (
              <StatusContent post={post} />
            )}
            <StatusMedia
              media={post.mediaAttachments}
              sensitive={post.sensitive || blurMedia}
              postUrl={post.url ?? post.uri}
            />
            {post.poll && <StatusPoll post={post} reader={reader} accounts={accounts} />}
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
