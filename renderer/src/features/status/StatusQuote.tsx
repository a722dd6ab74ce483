import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { mastodon } from '../../mastodon';
import { StatusIcon } from './StatusIcon';
import type { FilterVerdict } from './status-filter';

type Quote = NonNullable<mastodon.v1.Status['quote']>;

function Notice({ text }: { text: string }) {
  return (
    <p className="status-quote status-quote-notice">
      <StatusIcon name="quote" />
      {text}
    </p>
  );
}

/**
 * A quoted post (Mastodon 4.5), one level deep. Anything but an accepted quote with its post is shown as a
 * short notice; `unknown` states count as unavailable. @see https://docs.joinmastodon.org/client/quotes/
 */
interface Props {
  quote: Quote;
  judge: ((status: mastodon.v1.Status) => FilterVerdict) | undefined;
  /** Renders the quoted post (the card passes itself, in its quote variant). */
  renderPost: (status: mastodon.v1.Status, verdict: FilterVerdict | undefined) => ReactNode;
}

export function StatusQuote({ quote, judge, renderPost }: Props) {
  const { t } = useTranslation();
  if (!('quotedStatus' in quote)) return <Notice text={t('status.quoteNotLoaded')} />;
  if (quote.state === 'pending') return <Notice text={t('status.quotePending')} />;
  if (quote.state === 'deleted') return <Notice text={t('status.quoteDeleted')} />;
  const quoted = quote.quotedStatus;
  if (quote.state !== 'accepted' || !quoted) return <Notice text={t('status.quoteUnavailable')} />;
  const verdict = judge?.(quoted);
  if (verdict?.action === 'hide') return <Notice text={t('status.quoteFiltered')} />;
  return (
    <blockquote className="status-quote" aria-label={t('status.quote')}>
      {renderPost(quoted, verdict)}
    </blockquote>
  );
}
