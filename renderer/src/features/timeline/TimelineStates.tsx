import { useTranslation } from '../../i18n/use-translation';
import type { MastoFailure } from '../../mastodon';
import { FeedError, FeedFooter, FeedMessage, FeedSkeleton } from '../../ui/FeedStates';

const skeletonLines = (index: number) => ['45%', '92%', `${60 + ((index * 17) % 30)}%`];

/** Placeholder cards while the first page loads. */
export function TimelineSkeleton() {
  return <FeedSkeleton lineWidths={skeletonLines} />;
}

export const TimelineMessage = FeedMessage;

interface ErrorProps {
  failure: MastoFailure;
  accountId: string | undefined;
  onRetry(): void;
}

/** A failed load, in words the reader can act on; a rate limit retries by itself when it resets. */
export function TimelineError({ failure, accountId, onRetry }: ErrorProps) {
  const { t } = useTranslation();
  return (
    <FeedError
      failure={failure}
      accountId={accountId}
      onRetry={onRetry}
      retryLabel={t('timeline.retry')}
      canRetry={failure.kind !== 'not_public'}
    >
      {failure.kind === 'unknown' && (
        <details>
          <summary>{t('timeline.details')}</summary>
          <pre>{failure.detail}</pre>
        </details>
      )}
    </FeedError>
  );
}

interface FooterProps {
  hasMore: boolean;
  loading: boolean;
  failure: MastoFailure | undefined;
  onRetry(): void;
}

/** Below the last row: older items loading, a failure with retry, or the end. */
export function TimelineFooter(props: FooterProps) {
  const { t } = useTranslation();
  const labels = {
    retry: t('timeline.retry'),
    loadingMore: t('timeline.loadingMore'),
    end: t('timeline.end'),
  };
  return <FeedFooter {...props} labels={labels} />;
}
