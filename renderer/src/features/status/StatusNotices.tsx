import { useEffect } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { useMastoFailureText } from '../../mastodon';
import { StatusIcon } from './StatusIcon';
import { statusNoticeDismissed, useStatusNotices, type StatusNotice } from './status.store';

function Notice({ notice }: { notice: StatusNotice }) {
  const { t } = useTranslation();
  const failureText = useMastoFailureText();
  const failed = notice.kind !== 'done';
  useEffect(() => {
    const timer = setTimeout(() => statusNoticeDismissed(notice.key), failed ? 9000 : 4000);
    return () => clearTimeout(timer);
  }, [notice.key, failed]);

  let text: string;
  if (notice.kind === 'unresolved') {
    text = t('status.notice.unresolved', { as: notice.as, reason: failureText(notice.failure) });
  } else if (notice.kind === 'failed') {
    const what = t(`status.notice.failed.${notice.action}`);
    text = t('status.notice.failedUndone', { what, reason: failureText(notice.failure) });
  } else {
    const what = t(`status.notice.done.${notice.action}`);
    text = notice.as ? t('status.notice.doneAs', { what, as: notice.as }) : what;
  }
  return (
    <p
      className={`status-notice${failed ? ' status-notice-failed' : ''}`}
      role={failed ? 'alert' : undefined}
    >
      <StatusIcon name={failed ? 'close' : 'check'} size={15} />
      <span>{text}</span>
      <button
        type="button"
        className="status-notice-close"
        aria-label={t('status.dismiss')}
        onClick={() => statusNoticeDismissed(notice.key)}
      >
        <StatusIcon name="close" size={13} />
      </button>
    </p>
  );
}

/** What just happened to a post or an author, at the bottom of the window, gone after a few seconds. */
export function StatusNotices() {
  const notices = useStatusNotices();
  return (
    <div className="status-notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <Notice key={notice.key} notice={notice} />
      ))}
    </div>
  );
}
