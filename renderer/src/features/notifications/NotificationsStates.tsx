import { useTranslation } from '../../i18n/use-translation';
import type { MastoFailure, StreamState } from '../../mastodon';
import { FeedError, FeedFooter, FeedMessage, FeedSkeleton } from '../../ui/FeedStates';

const skeletonLines = (index: number) => [`${50 + ((index * 13) % 35)}%`, '85%'];

/** Placeholder rows while the first page loads. */
export function NotificationsSkeleton() {
  return <FeedSkeleton lineWidths={skeletonLines} />;
}

export const NotificationsMessage = FeedMessage;

/** A failed load in words the reader can act on; a rate limit retries by itself when it resets. */
export function NotificationsError(props: {
  failure: MastoFailure;
  accountId: string | undefined;
  onRetry(): void;
}) {
  const { t } = useTranslation();
  return <FeedError {...props} retryLabel={t('notifications.retry')} />;
}

/** Below the last row: older notifications loading, a failure with retry, or the end. */
export function NotificationsFooter(props: {
  hasMore: boolean;
  loading: boolean;
  failure: MastoFailure | undefined;
  onRetry(): void;
}) {
  const { t } = useTranslation();
  const labels = {
    retry: t('notifications.retry'),
    loadingMore: t('notifications.loadingMore'),
    end: t('notifications.end'),
  };
  return <FeedFooter {...props} labels={labels} />;
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
