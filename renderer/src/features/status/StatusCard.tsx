import { useState, type MouseEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { mastodon } from '../../mastodon';
import { StatusActions } from './StatusActions';
import { StatusBody } from './StatusBody';
import { StatusContextLine } from './StatusContextLine';
import { useStatusAccounts, useStatusNavigation, useStatusScope } from './status-context';
import { showVerdict, type FilterVerdict } from './status-filter';
import { StatusHeader } from './StatusHeader';
import { StatusHistoryDialog } from './StatusHistoryDialog';
import { StatusQuote } from './StatusQuote';
import { useCanTranslate } from './translation';
import '../../styles/status.css';
import '../../styles/status-actions.css';

export interface StatusCardProps {
  /** The status as listed: for a boost, the boost (its `reblog` is what is shown). */
  status: mastodon.v1.Status;
  /** What the user's filters say about it here (see the timeline's filter context). */
  verdict?: FilterVerdict | undefined;
  /** How to judge a quoted post with the same filters. */
  judge?: (status: mastodon.v1.Status) => FilterVerdict;
  /**
   * `feed`: in a column; `quote`: small, inside another post or a notification, without actions;
   * `focused`: the post a thread is about, larger, with its full date.
   */
  variant?: 'feed' | 'quote' | 'focused';
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

/** `status-quoted`, not `status-quote`: that is the box around a quoted post. */
const variantClass = { feed: 'status-feed', quote: 'status-quoted', focused: 'status-focused' } as const;

/** Clicks on these do their own thing; a click anywhere else on a card opens its thread. */
const interactive =
  'a, button, input, label, select, textarea, video, audio, summary, [data-clickable], dialog, .menu';

/**
 * A post as the deck shows it: who and when, what it says (warnings, media, poll, card, quote) and what the
 * reader can do with it, as any of their accounts. The card reads its surroundings (which account reads,
 * where links lead) from the status context, so every list of posts shows the same card.
 */
export function StatusCard({ status, verdict = showVerdict, judge, variant = 'feed' }: StatusCardProps) {
  const [revealed, setRevealed] = useState(false);
  const [history, setHistory] = useState(false);
  const [translated, setTranslated] = useState(false);
  const scope = useStatusScope();
  const navigation = useStatusNavigation();
  const accounts = useStatusAccounts();
  const reader = accounts.find((account) => account.id === scope.accountId);
  const post = status.reblog ?? status;
  const canTranslate = useCanTranslate(variant !== 'quote' && reader !== undefined, post);
  if (verdict.action === 'warn' && !revealed)
    return <StatusFiltered titles={verdict.titles} onShow={() => setRevealed(true)} />;

  const readerId = scope.accountId;
  const openThread =
    readerId && variant !== 'focused' ? () => navigation.openThread(readerId, post) : undefined;
  const openAuthor = readerId
    ? () =>
        navigation.openProfile(readerId, {
          id: post.account.id,
          acct: post.account.acct,
          url: post.account.url,
        })
    : undefined;
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (!openThread || event.defaultPrevented) return;
    if (event.target instanceof Element && event.target.closest(interactive)) return;
    if (window.getSelection()?.toString()) return; // the reader is selecting text
    event.stopPropagation();
    openThread();
  };

  return (
    <div
      className={`status ${variantClass[variant]}${openThread ? ' status-openable' : ''}`}
      lang={post.language ?? undefined}
      onClick={onClick}
    >
      <StatusContextLine status={status} post={post} onOpen={openThread} />
      <StatusHeader
        post={post}
        size={variant === 'quote' ? 'small' : variant === 'focused' ? 'large' : 'normal'}
        onAuthor={openAuthor}
        onHistory={variant === 'quote' ? undefined : () => setHistory(true)}
        onOpen={openThread}
        absolute={variant === 'focused'}
      />
      <StatusBody
        post={post}
        blurMedia={verdict.action === 'blur'}
        reader={variant === 'quote' ? undefined : reader}
        accounts={accounts}
        translated={translated}
        onOriginal={() => setTranslated(false)}
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
      {variant !== 'quote' && (reader || accounts.length > 0) && (
        <StatusActions
          post={post}
          reader={reader}
          accounts={accounts}
          onHistory={() => setHistory(true)}
          onTranslate={canTranslate && !translated ? () => setTranslated(true) : undefined}
        />
      )}
      {history && <StatusHistoryDialog accountId={readerId} post={post} onClose={() => setHistory(false)} />}
    </div>
  );
}
