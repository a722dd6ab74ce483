import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { mastodon } from '../../mastodon';
import { Avatar } from '../../ui/Avatar';
import { StatusBody } from './StatusBody';
import { EmojiText } from './EmojiText';
import { StatusHeader } from './StatusHeader';
import { StatusIcon } from './StatusIcon';
import { StatusQuote } from './StatusQuote';
import { showVerdict, type FilterVerdict } from './status-filter';
import '../../styles/status.css';

export interface StatusCardProps {
  /** The status as listed: for a boost, the boost (its `reblog` is what is shown). */
  status: mastodon.v1.Status;
  /** What the user's filters say about it here (see the timeline's filter context). */
  verdict?: FilterVerdict | undefined;
  /** How to judge a quoted post with the same filters. */
  judge?: (status: mastodon.v1.Status) => FilterVerdict;
  variant?: 'feed' | 'quote';
}

function StatusFiltered({ titles, onShow }: { titles: string[]; onShow: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="status status-filtered">
      <p>{t('status.filtered', { titles: titles.join(', ') })}</p>
      <button type="button" className="link-button" onClick={onShow}>
        {t('status.showAnyway')}
      </button>
    </div>
  );
}

function StatusBoostedBy({ account }: { account: mastodon.v1.Account }) {
  const { t } = useTranslation();
  return (
    <p className="status-boost">
      <StatusIcon name="boost" />
      <Avatar src={account.avatar} staticSrc={account.avatarStatic} size={16} animate={false} />
      <bdi>
        <EmojiText
          text={t('status.boostedBy', { name: account.displayName || account.username })}
          emojis={account.emojis}
        />
      </bdi>
    </p>
  );
}

/**
 * A first version of the post card: dense, readable, safe. Actions (reply, boost, favourite…) come with the
 * full card; nothing here pretends to do what it cannot.
 */
export function StatusCard({ status, verdict = showVerdict, judge, variant = 'feed' }: StatusCardProps) {
  const [revealed, setRevealed] = useState(false);
  const post = status.reblog ?? status;
  if (verdict.action === 'warn' && !revealed)
    return <StatusFiltered titles={verdict.titles} onShow={() => setRevealed(true)} />;
  return (
    <div className={`status status-${variant}`} lang={post.language ?? undefined}>
      {status.reblog && <StatusBoostedBy account={status.account} />}
      <StatusHeader post={post} compact={variant === 'quote'} />
      <StatusBody
        post={post}
        blurMedia={verdict.action === 'blur'}
        quote={
          post.quote &&
          variant !== 'quote' && (
            <StatusQuote
              quote={post.quote}
              judge={judge}
              renderPost={(quoted, quotedVerdict) => (
                <StatusCard status={quoted} verdict={quotedVerdict} variant="quote" />
              )}
            />
          )
        }
      />
    </div>
  );
}
