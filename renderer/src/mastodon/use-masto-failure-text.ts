import { useTranslation } from '../i18n/use-translation';
import type { MastoFailure } from './masto-errors';

/** The sentence the UI shows for a failure, in the interface language. */
export function useMastoFailureText(): (failure: MastoFailure) => string {
  const { t, i18n } = useTranslation();
  return (failure) => {
    switch (failure.kind) {
      case 'rate_limited': {
        const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(failure.retryAt);
        return t('mastoErrors.rate_limited', { time });
      }
      case 'server_error':
        return t('mastoErrors.server_error');
      default:
        return t(`mastoErrors.${failure.kind}`);
    }
  };
}
