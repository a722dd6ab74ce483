import { useTranslation } from 'react-i18next';
import { absoluteTime, relativeTime, useNow } from './relative-time';

/** "5 min ago" that stays true, the full date on hover. */
export function StatusTime({ at, edited }: { at: string; edited?: string | null }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const time = Date.parse(at);
  if (Number.isNaN(time)) return null;
  const title = edited
    ? `${absoluteTime(time, i18n.language)} · ${t('status.edited')} ${absoluteTime(Date.parse(edited), i18n.language)}`
    : absoluteTime(time, i18n.language);
  return (
    <time className="status-time" dateTime={at} title={title}>
      {relativeTime(time, now, i18n.language)}
      {edited && <span aria-hidden="true">*</span>}
    </time>
  );
}
