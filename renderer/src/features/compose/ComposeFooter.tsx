import { useTranslation } from '../../i18n/use-translation';
import { ComposeCounter } from './ComposeCounter';
import { Icon } from '../../ui/Icon';
import { useComposeFailureText } from './use-compose-failure-text';
import type { Draft, DraftProblem } from './draft';

interface Props {
  draft: Draft;
  length: number;
  max: number;
  problems: readonly DraftProblem[];
  publishing: boolean;
}

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** Why the draft cannot go yet, the last failure with a retry, the counter, and the button. */
export function ComposeFooter({ draft, length, max, problems, publishing }: Props) {
  const { t } = useTranslation();
  const failureText = useComposeFailureText();
  const shown = problems.filter((p) => p !== 'empty');
  const label = draft.editOf
    ? t('compose.submit.save')
    : draft.scheduledAt
      ? t('compose.submit.schedule')
      : draft.replyTo
        ? t('compose.submit.reply')
        : t('compose.submit.post');
  const shortcut = isMac ? '⌘↵' : 'Ctrl+Enter';

  return (
    <>
      {draft.failure && !publishing && (
        <div className="compose-failure" role="alert">
          <Icon name="alert" size={18} />
          <div>
            <strong>{t('compose.failure.title')}</strong>
            <p>{failureText(draft.failure)}</p>
          </div>
          <button type="submit" className="button" disabled={problems.length > 0}>
            <Icon name="retry" size={16} />
            {t('compose.failure.retry')}
          </button>
        </div>
      )}
      <div className="compose-footer">
        <p className="compose-problem" aria-live="polite">
          {shown[0] &&
            t(`compose.problems.${shown[0]}`, {
              count: Math.max(0, length - max),
            })}
        </p>
        <ComposeCounter length={length} max={max} />
        <button
          type="submit"
          className="button button-primary compose-submit"
          disabled={problems.length > 0 || publishing}
          aria-busy={publishing}
          title={`${label} (${shortcut})`}
        >
          {publishing ? (
            <span className="spinner compose-spinner" aria-hidden />
          ) : (
            <Icon name="send" size={16} />
          )}
          {publishing ? t('compose.submit.sending') : label}
        </button>
      </div>
    </>
  );
}
