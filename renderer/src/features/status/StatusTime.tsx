import { useTranslation } from '../../i18n/use-translation';
import { absoluteTime, relativeTime, useNow } from './relative-time';

interface Props {
  at: string;
  edited?: string | null;
  /** The time opens the post's thread when given. */
  onOpen?: (() => void) | undefined;
  /** `absolute`: the full date (the focused post of a thread). */
  format?: 'relative' | 'absolute';
}

/** "5 min ago" that stays true, the full date on hover. */
export function StatusTime({ at, edited, onOpen, format = 'relative' }: Props) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const time = Date.parse(at);
  if (Number.isNaN(time)) return null;
  const full = absoluteTime(time, i18n.language);
  const title = edited
    ? `${full} · ${t('status.edited')} ${absoluteTime(Date.parse(edited), i18n.language)}`
    : full;
  const element = (
    <time className="status-time" dateTime={at} title={title}>
      {format === 'absolute' ? full : relativeTime(time, now, i18n.language)}
    </time>
  );
  if (!onOpen) return element;
  return (
    <button
      type="button"
      className="status-time-link"
      onClick={onOpen}
      aria-label={t('status.openThread', { time: full })}
    >
      {element}
    </button>
  );
}
