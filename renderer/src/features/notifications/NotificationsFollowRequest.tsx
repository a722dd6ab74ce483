import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../../i18n/use-translation';
import type { NotificationEntry } from './notification-entry';
import { answerFollowRequest } from './notifications.actions';
import { NotificationsIcon } from './NotificationsIcon';

interface Props {
  /** The account the request was made to (it answers). */
  accountId: string;
  entry: NotificationEntry;
}

/** Accept / Reject, right in the notification; then what was decided. */
export function NotificationsFollowRequest({ accountId, entry }: Props) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const answer = useMutation({
    mutationFn: (choice: 'accepted' | 'rejected') => answerFollowRequest(client, accountId, entry, choice),
  });
  const requester = entry.accounts[0];
  if (entry.answer) {
    return (
      <p className={`notifications-answer notifications-answer-${entry.answer}`} role="status">
        <NotificationsIcon name={entry.answer === 'accepted' ? 'check' : 'alert'} size={14} />
        {t(entry.answer === 'accepted' ? 'notifications.accepted' : 'notifications.rejected')}
      </p>
    );
  }
  const name = requester ? `@${requester.acct}` : '';
  return (
    <div className="notifications-actions">
      <button
        type="button"
        className="button button-primary"
        disabled={answer.isPending}
        aria-label={`${t('notifications.accept')} ${name}`}
        onClick={() => answer.mutate('accepted')}
      >
        {t('notifications.accept')}
      </button>
      <button
        type="button"
        className="button"
        disabled={answer.isPending}
        aria-label={`${t('notifications.reject')} ${name}`}
        onClick={() => answer.mutate('rejected')}
      >
        {t('notifications.reject')}
      </button>
      {answer.isError && (
        <span className="field-error" role="alert">
          {t('notifications.answerFailed')}
        </span>
      )}
    </div>
  );
}
