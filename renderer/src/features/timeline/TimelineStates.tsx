import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMastoFailureText, type MastoFailure } from '../../mastodon';
import { signInStarted } from '../../ui/panel.store';

/** Placeholder cards while the first page loads. */
export function TimelineSkeleton() {
  const { t } = useTranslation();
  return (
    <div className="timeline-skeleton" role="status" aria-label={t('timeline.loading')}>
      {[0, 1, 2, 3, 4].map((index) => (
        <div key={index} className="timeline-skeleton-row" aria-hidden="true">
          <span className="timeline-skeleton-avatar" />
          <span className="timeline-skeleton-lines">
            <span style={{ width: '45%' }} />
            <span style={{ width: '92%' }} />
            <span style={{ width: `${60 + ((index * 17) % 30)}%` }} />
          </span>
        </div>
      ))}
    </div>
  );
}

export function TimelineMessage({ title, body }: { title?: string; body: string }) {
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
}

/** A failed load, in words the reader can act on; a rate limit retries by itself when it resets. */
export function TimelineError({ failure, accountId, onRetry }: ErrorProps) {
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
        failure.kind !== 'not_public' && (
          <button type="button" className="button" onClick={onRetry}>
            {t('timeline.retry')}
          </button>
        )
      )}
      {failure.kind === 'unknown' && (
        <details>
          <summary>{t('timeline.details')}</summary>
          <pre>{failure.detail}</pre>
        </details>
      )}
    </div>
  );
}

interface FooterProps {
  hasMore: boolean;
  loading: boolean;
  failure: MastoFailure | undefined;
  onRetry(): void;
}

/** Below the last row: older items loading, a failure with retry, or the end. */
export function TimelineFooter({ hasMore, loading, failure, onRetry }: FooterProps) {
  const { t } = useTranslation();
  const failureText = useMastoFailureText();
  if (failure) {
    return (
      <div className="timeline-footer" role="alert">
        <span>{failureText(failure)}</span>
        <button type="button" className="link-button" onClick={onRetry}>
          {t('timeline.retry')}
        </button>
      </div>
    );
  }
  if (loading || hasMore) {
    return (
      <div className="timeline-footer">
        <span className="spinner" aria-hidden="true" />
        <span>{t('timeline.loadingMore')}</span>
      </div>
    );
  }
  return <div className="timeline-footer timeline-end">{t('timeline.end')}</div>;
}
