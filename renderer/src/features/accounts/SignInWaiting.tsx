import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { InstancePreview, SignInStarted } from '../../../../electron/ipc/types/accounts';
import { host } from '../../lib/host';

interface Props {
  preview: InstancePreview;
  flow: SignInStarted;
  error: string | undefined;
  onCancel: () => void;
  onUseCode: () => void;
  onSubmitCode: (code: string) => Promise<void>;
}

/** While the user authorises Pouet in the browser: what is happening, the way back, and a code fallback. */
export function SignInWaiting({ preview, flow, error, onCancel, onUseCode, onSubmitCode }: Props) {
  const { t } = useTranslation();
  const codeId = useId();
  const [code, setCode] = useState('');
  const [sending, setSending] = useState(false);
  const [copied, setCopied] = useState(false);

  const copy = async () => {
    await navigator.clipboard.writeText(flow.authorizeUrl).catch(() => undefined);
    setCopied(true);
  };

  return (
    <div className="sign-in-waiting" aria-live="polite">
      <div className="sign-in-waiting-status">
        {flow.redirect === 'loopback' && <span className="spinner" aria-hidden="true" />}
        <div>
          <h3>{t('signIn.waitingTitle', { title: preview.title })}</h3>
          <p>
            {t(flow.redirect === 'loopback' ? 'signIn.waitingLoopback' : 'signIn.waitingOob', {
              domain: preview.domain,
            })}
          </p>
        </div>
      </div>
      <div className="sign-in-link-actions">
        <button
          type="button"
          className="button"
          onClick={() => void host().shell.openExternal({ url: flow.authorizeUrl })}
        >
          {t('signIn.openAgain')}
        </button>
        <button type="button" className="button button-quiet" onClick={() => void copy()}>
          {copied ? t('signIn.linkCopied') : t('signIn.copyLink')}
        </button>
      </div>
      {flow.redirect === 'oob' ? (
        <form
          className="field"
          onSubmit={(event) => {
            event.preventDefault();
            setSending(true);
            void onSubmitCode(code).finally(() => setSending(false));
          }}
        >
          <label htmlFor={codeId}>{t('signIn.codeLabel')}</label>
          <div className="inline-field">
            <input
              id={codeId}
              type="text"
              autoComplete="one-time-code"
              spellCheck={false}
              value={code}
              onChange={(e) => setCode(e.target.value)}
            />
            <button type="submit" className="button button-primary" disabled={!code.trim() || sending}>
              {t('signIn.submitCode')}
            </button>
          </div>
        </form>
      ) : (
        <p className="hint">
          {t('signIn.noRedirect')}{' '}
          <button type="button" className="link-button" onClick={onUseCode}>
            {t('signIn.useCode')}
          </button>
        </p>
      )}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('signIn.cancel')}
        </button>
      </div>
    </div>
  );
}
