import { useTranslation } from '../../i18n/use-translation';
import { useMastoFailureText, type MastoFailure } from '../../mastodon';

interface Props {
  loading: boolean;
  failure: MastoFailure | undefined;
  onFill(): void;
}

/** Posts missed during a long disconnect, loaded when the reader asks. */
export function TimelineGap({ loading, failure, onFill }: Props) {
  const { t } = useTranslation();
  const failureText = useMastoFailureText();
  return (
    <div className="timeline-gap">
      <p>{failure ? failureText(failure) : t('timeline.gap')}</p>
      <button type="button" className="button" onClick={onFill} disabled={loading} aria-busy={loading}>
        {loading && <span className="spinner" aria-hidden="true" />}
        {failure ? t('timeline.retry') : t('timeline.loadMissing')}
      </button>
    </div>
  );
}
