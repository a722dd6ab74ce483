import { useTranslation } from '../../i18n/use-translation';
import type { StreamState } from '../../mastodon';
import { signInStarted } from '../../ui/panel.store';

interface Props {
  state: StreamState | undefined;
  accountId: string | undefined;
  onRetry(): void;
}

/** How live this column is, when it is not: reconnecting, polling, offline, rate limited, refused. */
export function TimelineStreamNotice({ state, accountId, onRetry }: Props) {
  const { t, i18n } = useTranslation();
  if (!state) return null;
  const time = (at: number | undefined) =>
    at === undefined ? '' : new Intl.DateTimeFormat(i18n.language, { timeStyle: 'medium' }).format(at);

  let text: string | undefined;
  let action: { label: string; run: () => void } | undefined;
  if (state.failure) {
    text = /list/i.test(state.failure) ? t('timeline.streamFailedList') : t('timeline.streamFailed');
    action = { label: t('timeline.streamRetry'), run: onRetry };
  } else {
    switch (state.phase) {
      case 'reconnecting':
        text = state.retryAt
          ? t('timeline.streamReconnectingAt', { time: time(state.retryAt) })
          : t('timeline.streamReconnecting');
        break;
      case 'polling':
        text = t('timeline.streamPolling');
        break;
      case 'offline':
        text = t('timeline.streamOffline');
        break;
      case 'rate_limited':
        text = t('timeline.streamRateLimited', { time: time(state.retryAt) });
        break;
      case 'auth_expired':
        text = t('timeline.streamAuthExpired');
        if (accountId) action = { label: t('timeline.signInAgain'), run: () => signInStarted(accountId) };
        break;
      default:
        text = undefined;
    }
  }
  if (!text) return null;
  return (
    <div
      className={`timeline-notice timeline-notice-${state.failure ? 'failed' : state.phase}`}
      role="status"
      title={state.failure}
    >
      <span>{text}</span>
      {action && (
        <button type="button" className="link-button" onClick={action.run}>
          {action.label}
        </button>
      )}
    </div>
  );
}
