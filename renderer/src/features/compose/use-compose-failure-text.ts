import { useTranslation } from '../../i18n/use-translation';
import type { DraftFailure } from '../../../../electron/ipc/types/drafts';
import type { ComposeFailure } from './compose-failure';

type Failure = ComposeFailure | Pick<DraftFailure, 'kind' | 'message' | 'retryAt'>;

/** The sentence shown for a failed post or upload, from the live failure or the one kept with the draft. */
export function useComposeFailureText(): (failure: Failure) => string {
  const { t, i18n } = useTranslation();
  return (failure) => {
    const record = failure as { kind: string; message?: string; retryAt?: number; status?: number };
    switch (record.kind) {
      case 'offline':
      case 'unreachable':
      case 'timeout':
      case 'server_error':
      case 'auth_expired':
      case 'not_found':
      case 'forbidden':
      case 'too_large':
        return t(`compose.failure.${record.kind}`);
      case 'rejected':
        return t('compose.failure.rejected', { message: record.message ?? '' });
      case 'rate_limited': {
        const at = record.retryAt ?? Date.now() + 60_000;
        const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(at);
        return t('compose.failure.rate_limited', { time });
      }
      default:
        return record.message
          ? t('compose.failure.unknownWith', { message: record.message })
          : t('compose.failure.unknown');
    }
  };
}
