import { useEffect, type ReactNode } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { useMastoFailureText, type MastoFailure } from '../mastodon';
import { signInStarted } from './panel.store';

/** Placeholder rows while the first page loads; `lineWidths` gives the widths of a row's text lines. */
export function FeedSkeleton({ lineWidths }: { lineWidths(index: number): readonly string[] }) {
  const { t } = useTranslation();
  return (
    <div className="timeline-skeleton" role="status" aria-label={t('timeline.loading')}>
      {[0, 1, 2, 3, 4].map((index) => (
        <div key={index} className="timeline-skeleton-row" aria-hidden="true">
          <span className="timeline-skeleton-avatar" />
          <span className="timeline-skeleton-lines">
            {lineWidths(index).map((width, line) => (
              <span key={line} style={{ width }} />
            ))}
          </span>
        </div>
      ))}
    </div>
  );
}

export function FeedMessage({ title, body }: { title?: string; body: string }) {
  return (
    <div className="timeline-state">
      {title && <h3>{title}</h3>}
      <p>{body}</p>
    </div>
  );
}

interface ErrorProps {
  failure: MastoFailure;
  accountId: string | undefined;
  onRetry(): void;
  retryLabel: string;
  /** Whether a retry button is offered (when signing in again is not). */
  canRetry?: boolean;
  /** Drawn after the buttons. */
  children?: ReactNode;
}

/** A failed load, in words the reader can act on; a rate limit retries by itself when it resets. */
export function FeedError({
  failure,
  accountId,
  onRetry,
  retryLabel,
  canRetry = true,
  children,
}: ErrorProps) {
  const { t } = useTranslation();
  const text = useMastoFailureText()(failure);
  const retryAt = failure.kind === 'rate_limited' ? failure.retryAt : undefined;

  useEffect(() => {
    if (retryAt === undefined) return;
    const timer = setTimeout(onRetry, Math.max(0, retryAt - Date.now()) + 500);
    return () => clearTimeout(timer);
  }, [retryAt, onRetry]);

  return (
    <div className="timeline-state" role="alert">
      <p>{text}</p>
      {failure.kind === 'auth_expired' && accountId ? (
        <button type="button" className="button button-primary" onClick={() => signInStarted(accountId)}>
          {t('timeline.signInAgain')}
        </button>
      ) : (
        canRetry && (
          <button type="button" className="button" onClick={onRetry}>
            {retryLabel}
          </button>
        )
      )}
      {children}
    </div>
  );
}

interface FooterProps {
  hasMore: boolean;
  loading: boolean;
  failure: MastoFailure | undefined;
  onRetry(): void;
  labels: { retry: string; loadingMore: string; end: string };
}

/** Below the last row: older items loading, a failure with retry, or the end. */
export function FeedFooter({ hasMore, loading, failure, onRetry, labels }: FooterProps) {
  const failureText = useMastoFailureText();
  if (failure) {
    return (
      <div className="timeline-footer" role="alert">
        <span>{failureText(failure)}</span>
        <button type="button" className="link-button" onClick={onRetry}>
          {labels.retry}
        </button>
      </div>
    );
  }
  if (loading || hasMore) {
    return (
      <div className="timeline-footer">
        <span className="spinner" aria-hidden="true" />
        <span>{labels.loadingMore}</span>
      </div>
    );
  }
  return <div className="timeline-footer timeline-end">{labels.end}</div>;
}
