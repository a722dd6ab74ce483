import { useTranslation } from '../../i18n/use-translation';

/** Characters left under the instance's limit: a ring that fills up, and the number once it matters. */
export function ComposeCounter({ length, max }: { length: number; max: number }) {
  const { t } = useTranslation();
  const left = max - length;
  const ratio = Math.min(1, length / max);
  const state = left < 0 ? 'over' : left <= 20 ? 'near' : 'ok';
  const radius = 9;
  const circumference = 2 * Math.PI * radius;
  return (
    <div
      className={`compose-counter compose-counter-${state}`}
      title={t('compose.counterTitle', { length, max })}
      aria-live={state === 'ok' ? undefined : 'polite'}
    >
      <span className="compose-sr-only">
        {left < 0 ? t('compose.counterOver', { count: -left }) : t('compose.counterLeft', { count: left })}
      </span>
      <svg width="24" height="24" viewBox="0 0 24 24" aria-hidden>
        <circle cx="12" cy="12" r={radius} className="compose-counter-track" />
        <circle
          cx="12"
          cy="12"
          r={radius}
          className="compose-counter-fill"
          strokeDasharray={circumference}
          strokeDashoffset={circumference * (1 - ratio)}
          transform="rotate(-90 12 12)"
        />
      </svg>
      <span aria-hidden>{left}</span>
    </div>
  );
}
