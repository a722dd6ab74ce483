import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { minScheduleAheadMs } from './draft';

/** `<input type="datetime-local">` speaks local wall-clock time without a zone. */
export function toLocalInput(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A sensible first proposal: the next full hour at least ten minutes away. */
export function defaultScheduleTime(now = Date.now()): string {
  const date = new Date(now + 10 * 60_000);
  date.setMinutes(0, 0, 0);
  date.setHours(date.getHours() + 1);
  return date.toISOString();
}

interface Props {
  value: string;
  onChange(iso: string): void;
  onRemove(): void;
}

/** When to publish; Mastodon wants at least five minutes ahead. */
export function ComposeScheduleField({ value, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const [earliest] = useState(() => toLocalInput(new Date(Date.now() + minScheduleAheadMs).toISOString()));
  return (
    <div className="compose-schedule">
      <label>
        <span>{t('compose.schedule.label')}</span>
        <input
          type="datetime-local"
          value={toLocalInput(value)}
          min={earliest}
          onChange={(event) => {
            const parsed = new Date(event.target.value);
            if (!Number.isNaN(parsed.getTime())) onChange(parsed.toISOString());
          }}
        />
      </label>
      <button type="button" className="button button-quiet" onClick={onRemove}>
        {t('compose.schedule.remove')}
      </button>
    </div>
  );
}
