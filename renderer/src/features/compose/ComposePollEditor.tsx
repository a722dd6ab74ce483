import { useTranslation } from '../../i18n/use-translation';
import { Icon } from '../../ui/Icon';
import type { DraftPoll } from './draft';
import { pollDurations, type ComposeLimits } from './limits';

interface Props {
  poll: DraftPoll;
  limits: ComposeLimits;
  onChange(poll: DraftPoll): void;
  onRemove(): void;
}

/** Poll choices (as many as the instance allows), duration, multiple answers and hidden totals. */
export function ComposePollEditor({ poll, limits, onChange, onRemove }: Props) {
  const { t, i18n } = useTranslation();
  const durations = pollDurations(limits);
  const durationLabel = (seconds: number) => {
    const [value, unit] =
      seconds % 86_400 === 0
        ? [seconds / 86_400, 'day']
        : seconds % 3600 === 0
          ? [seconds / 3600, 'hour']
          : [Math.round(seconds / 60), 'minute'];
    return new Intl.NumberFormat(i18n.language, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
  };
  const setOption = (index: number, value: string) =>
    onChange({ ...poll, options: poll.options.map((o, i) => (i === index ? value : o)) });

  return (
    <fieldset className="compose-poll">
      <legend className="compose-sr-only">{t('compose.poll.label')}</legend>
      <ol className="compose-poll-options">
        {poll.options.map((option, index) => (
          <li key={index}>
            <input
              type="text"
              value={option}
              maxLength={limits.poll.maxCharactersPerOption}
              aria-label={t('compose.poll.option', { number: index + 1 })}
              placeholder={t('compose.poll.option', { number: index + 1 })}
              spellCheck
              onChange={(event) => setOption(index, event.target.value)}
            />
            {poll.options.length > 2 && (
              <button
                type="button"
                className="icon-button"
                aria-label={t('compose.poll.removeOption', { number: index + 1 })}
                onClick={() => onChange({ ...poll, options: poll.options.filter((_, i) => i !== index) })}
              >
                <Icon name="minus" size={16} />
              </button>
            )}
          </li>
        ))}
      </ol>
      <div className="compose-poll-settings">
        {poll.options.length < limits.poll.maxOptions && (
          <button
            type="button"
            className="button button-quiet"
            onClick={() => onChange({ ...poll, options: [...poll.options, ''] })}
          >
            <Icon name="plus" size={16} />
            {t('compose.poll.addOption')}
          </button>
        )}
        <select
          aria-label={t('compose.poll.duration')}
          value={poll.expiresIn}
          onChange={(event) => onChange({ ...poll, expiresIn: Number(event.target.value) })}
        >
          {[...new Set([...durations, poll.expiresIn])]
            .sort((a, b) => a - b)
            .map((seconds) => (
              <option key={seconds} value={seconds}>
                {durationLabel(seconds)}
              </option>
            ))}
        </select>
        <label className="compose-check">
          <input
            type="checkbox"
            checked={poll.multiple}
            onChange={(event) => onChange({ ...poll, multiple: event.target.checked })}
          />
          {t('compose.poll.multiple')}
        </label>
        <label className="compose-check">
          <input
            type="checkbox"
            checked={poll.hideTotals}
            onChange={(event) => onChange({ ...poll, hideTotals: event.target.checked })}
          />
          {t('compose.poll.hideTotals')}
        </label>
        <button type="button" className="button button-quiet compose-poll-remove" onClick={onRemove}>
          {t('compose.poll.remove')}
        </button>
      </div>
    </fieldset>
  );
}
