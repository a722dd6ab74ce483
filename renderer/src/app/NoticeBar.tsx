import { useTranslation } from '../i18n/use-translation';
import { useAppInfo } from '../lib/app-info';
import { Icon } from '../ui/Icon';
import { noticeDismissed, useDismissedNotices } from '../ui/panel.store';

/** Host notices from start-up (e.g. a settings file set aside), shown until dismissed. */
export function NoticeBar() {
  const { t } = useTranslation();
  const dismissed = useDismissedNotices();
  const info = useAppInfo();
  const notices = (info?.notices ?? []).filter((n) => !dismissed.includes(n.code + n.message));
  if (notices.length === 0) return null;
  return (
    <div className="notice-bar">
      {notices.map((notice) => (
        <div key={notice.code + notice.message} role="status" className="notice">
          <Icon name="alert" />
          <span>
            {t(`notices.${notice.code}` as 'notices.file_corrupt', {
              defaultValue: notice.message,
              ...notice.params,
            })}
          </span>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => noticeDismissed(notice.code + notice.message)}
          >
            {t('notices.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
