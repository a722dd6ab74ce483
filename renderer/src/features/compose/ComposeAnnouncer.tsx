import { useEffect } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Icon } from '../../ui/Icon';
import { announcementShown, useAnnouncement, type Announcement } from './compose.store';
import { useComposeFailureText } from './use-compose-failure-text';

/** A short, polite confirmation at the bottom of the window ("Posted"), gone after a few seconds. */
export function ComposeAnnouncer() {
  const { t } = useTranslation();
  const failureText = useComposeFailureText();
  const announcement = useAnnouncement();

  useEffect(() => {
    if (!announcement) return;
    const timer = setTimeout(announcementShown, announcement.kind === 'startFailed' ? 8000 : 4000);
    return () => clearTimeout(timer);
  }, [announcement]);

  const text = (a: Announcement) =>
    a.kind === 'startFailed'
      ? t('compose.announce.startFailed', { reason: failureText(a.failure) })
      : t(`compose.announce.${a.kind}`);

  return (
    <div className="compose-announcer" role="status" aria-live="polite">
      {announcement && (
        <p
          key={announcement.key}
          className={
            announcement.kind === 'startFailed' ? 'compose-toast compose-toast-error' : 'compose-toast'
          }
        >
          <Icon name={announcement.kind === 'startFailed' ? 'alert' : 'check'} size={16} />
          {text(announcement)}
        </p>
      )}
    </div>
  );
}
