import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { host, unwrap } from '../lib/host';
import './update-notice.css';

/**
 * "Update ready — Restart": a small card in a corner once the packaged app has downloaded a new version in
 * the background. "Later" hides it for that version; the update then installs when Pouet quits.
 */
export function UpdateNotice() {
  const { t } = useTranslation();
  const [version, setVersion] = useState<string>();
  const [dismissed, setDismissed] = useState<string>();
  const [restarting, setRestarting] = useState(false);
  const [error, setError] = useState<string>();
  useEffect(() => host().events.on('update.ready', (update) => setVersion(update.version)), []);

  if (!version || version === dismissed) return null;

  const restart = async () => {
    setRestarting(true);
    setError(undefined);
    try {
      await unwrap(host().app.restartToUpdate());
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setRestarting(false);
    }
  };

  return (
    <aside className="update-notice" aria-label={t('update.sectionTitle')}>
      <p role="status">{t('update.ready', { version })}</p>
      <div className="update-notice-actions">
        <button type="button" className="button button-quiet" onClick={() => setDismissed(version)}>
          {t('update.later')}
        </button>
        <button type="button" className="button button-primary" disabled={restarting} onClick={restart}>
          {t('update.restart')}
        </button>
      </div>
      {error && (
        <p role="alert" className="field-error">
          {t('update.failed', { message: error })}
        </p>
      )}
    </aside>
  );
}
