import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMastoFailureText, type MastoFailure, type StreamState } from '../../mastodon';
import { signInStarted } from '../../ui/panel.store';

/** Placeholder rows while the first page loads. */
export function NotificationsSkeleton() {
  const { t } = useTranslation();
  return (
    <div className="timeline-skeleton" role="status" aria-label={t('timeline.loading')}>
      {[0, 1, 2, 3, 4].map((index) => (
        <div key={index} className="timeline-skeleton-row" aria-hidden="true">
          <span className="timeline-skeleton-avatar" />
          <span className="timeline-skeleton-lines">
            <span style={{ width: `${50 + ((index * 13) % 35)}%` }} />
            <span style={{ width: '85%' }} />
          </span>
        </div>
      ))}
    </div>
  );
}

export function NotificationsMessage({ title, body }: { title?: string; body: string }) {
  return (
    <div className="timeline-state">
      {title && <h3>{title}</h3>}
      <p>{body}</p>
    </div>
  );
}

/** A failed load in words the reader can act on; a rate limit retries by itself when it resets. */
export function NotificationsError({
  failure,
  accountId,
  onRetry,
}: {
  failure: MastoFailure;
  accountId: string | undefined;
  onRetry(): void;
}) {
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
        <button type="button" className="button" onClick={onRetry}>
          {t('notifications.retry')}
        </button>
      )}
    </div>
  );
}

/** Below the last row: older notifications loading, a failure with retry, or the end. */
export function NotificationsFooter({
  hasMore,
  loading,
  failure,
  onRetry,
}: {
  hasMore: boolean;
  loading: boolean;
  failure: MastoFailure | undefined;
  onRetry(): void;
}) {
  const { t } = useTranslation();
  const failureText = useMastoFailureText();
  if (failure) {
    return (
      <div className="timeline-footer" role="alert">
        <span>{failureText(failure)}</span>
        <button type="button" className="link-button" onClick={onRetry}>
          {t('notifications.retry')}
        </button>
      </div>
    );
  }
  if (loading || hasMore) {
    return (
      <div className="timeline-footer">
        <span className="spinner" aria-hidden="true" />
        <span>{t('notifications.loadingMore')}</span>
      </div>
    );
  }
  return <div className="timeline-footer timeline-end">{t('notifications.end')}</div>;
}

const noticeKey = {
  reconnecting: 'notifications.reconnecting',
  polling: 'notifications.polling',
  offline: 'notifications.offline',
  rate_limited: 'notifications.reconnecting',
  auth_expired: 'notifications.authExpired',
} as const;

/** The notification stream of an account is not live: say so above the list (a short blip never shows). */
export function NotificationsStreamNotice({ states }: { states: readonly (StreamState | undefined)[] }) {
  const { t } = useTranslation();
  const state = states.find((s) => s && s.phase in noticeKey);
  if (!state) return null;
  const key = noticeKey[state.phase as keyof typeof noticeKey];
  return (
    <div className={`timeline-notice timeline-notice-${state.phase}`} role="status">
      <span>{t(key)}</span>
    </div>
  );
}
