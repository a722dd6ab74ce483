import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type {
  AccountSummary,
  InstancePreview,
  SignInStarted,
  TokenStorage,
} from '../../../../electron/ipc/types/accounts';
import { host, unwrap } from '../../lib/host';
import { Dialog } from '../../ui/Dialog';
import { useAccounts } from './accounts.queries';
import { InstancePreviewCard } from './InstancePreviewCard';
import { SignInWaiting } from './SignInWaiting';
import { cancelSignIn, finishSignIn, previewInstance, startSignIn, submitCode } from './sign-in.actions';
import { useHostErrorText } from './use-host-error';

interface Props {
  /** Re-authorise this account instead of adding a new one. */
  accountId?: string;
  onClose: () => void;
  /** After a successful sign-in, before the dialog closes. */
  onSignedIn?: (account: AccountSummary) => void;
}

export function SignInDialog({ accountId, onClose, onSignedIn }: Props) {
  const { t } = useTranslation();
  const errorText = useHostErrorText();
  const accounts = useAccounts() ?? [];
  const reauth = accounts.find((a) => a.id === accountId);
  const inputId = useId();
  const [input, setInput] = useState(reauth?.instanceUrl ?? '');
  const [preview, setPreview] = useState<InstancePreview>();
  const [storage, setStorage] = useState<TokenStorage>();
  const [flow, setFlow] = useState<SignInStarted>();
  const [error, setError] = useState<string>();
  const [looking, setLooking] = useState(false);
  const [starting, setStarting] = useState(false);
  const lookup = useRef(0);
  const vault = useQuery({ queryKey: ['host', 'vault'], queryFn: () => unwrap(host().vault.status()) });
  const needsStorageChoice = vault.data?.protected === false;

  const look = async (text: string) => {
    const ticket = ++lookup.current;
    setError(undefined);
    setLooking(true);
    try {
      const found = await previewInstance(text);
      if (ticket === lookup.current) setPreview(found);
      return found;
    } catch (err) {
      if (ticket === lookup.current) {
        setPreview(undefined);
        setError(errorText(err));
      }
      return undefined;
    } finally {
      if (ticket === lookup.current) setLooking(false);
    }
  };

  // Re-authorising goes straight to the preview of the account's own instance.
  const reauthPreview = useQuery({
    queryKey: ['host', 'instance-preview', reauth?.instanceUrl],
    queryFn: () => previewInstance(reauth!.instanceUrl),
    enabled: reauth !== undefined,
    retry: false,
  });
  const shown = preview ?? (reauth && input === reauth.instanceUrl ? reauthPreview.data : undefined);

  const begin = async (target: InstancePreview, preferOob = false) => {
    setError(undefined);
    setStarting(true);
    try {
      const forceLogin = reauth !== undefined || accounts.some((a) => sameHost(a.instanceUrl, target.url));
      const started = await startSignIn({ preview: target, storage, accountId, forceLogin, preferOob });
      setFlow(started);
      if (started.redirect === 'loopback') void complete(finishSignIn(started.flowId));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setStarting(false);
    }
  };

  const complete = async (pending: Promise<AccountSummary>) => {
    try {
      onSignedIn?.(await pending);
      onClose();
    } catch (err) {
      if (isCancelled(err)) return;
      setFlow(undefined);
      setError(errorText(err));
    }
  };

  const cancel = async () => {
    if (flow) await cancelSignIn(flow.flowId).catch(() => undefined);
    setFlow(undefined);
  };

  const close = () => {
    if (flow) void cancelSignIn(flow.flowId).catch(() => undefined);
    onClose();
  };

  // The first press shows who the server is; the second one goes to the browser.
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (shown) await begin(shown);
    else await look(input);
  };

  const title = reauth ? t('signIn.reauthTitle', { acct: reauth.acct }) : t('signIn.title');
  return (
    <Dialog title={title} closeLabel={t('signIn.close')} onClose={close}>
      {flow && shown ? (
        <SignInWaiting
          preview={shown}
          flow={flow}
          onCancel={() => void cancel()}
          onUseCode={() => void cancel().then(() => begin(shown, true))}
          onSubmitCode={(code) => complete(submitCode(flow.flowId, code))}
          error={error}
        />
      ) : (
        <form className="sign-in" onSubmit={(e) => void submit(e)}>
          <p className="sign-in-intro">{t('signIn.intro')}</p>
          <div className="field">
            <label htmlFor={inputId}>{t('signIn.instanceLabel')}</label>
            <input
              id={inputId}
              type="text"
              inputMode="url"
              autoComplete="url"
              spellCheck={false}
              autoFocus
              placeholder="mastodon.social"
              value={input}
              aria-describedby={`${inputId}-hint`}
              aria-invalid={error ? true : undefined}
              onChange={(e) => {
                setInput(e.target.value);
                setPreview(undefined);
                setError(undefined);
              }}
              onBlur={() => input.trim() && !shown && void look(input)}
            />
            <small id={`${inputId}-hint`} className="hint">
              {t('signIn.instanceHint')}
            </small>
          </div>
          {error && (
            <p role="alert" className="field-error">
              {error}
            </p>
          )}
          {shown && <InstancePreviewCard preview={shown} />}
          {needsStorageChoice && <StorageChoice value={storage} onChange={setStorage} />}
          <div className="dialog-actions">
            <button type="button" className="button button-quiet" onClick={close}>
              {t('signIn.cancel')}
            </button>
            <button
              type="submit"
              className="button button-primary"
              disabled={starting || !input.trim() || (shown && needsStorageChoice && !storage)}
              aria-busy={looking || starting}
            >
              {shown ? t('signIn.continueWith', { title: shown.title }) : t('signIn.continue')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

function StorageChoice({
  value,
  onChange,
}: {
  value: TokenStorage | undefined;
  onChange: (s: TokenStorage) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="storage-choice">
      <legend>{t('signIn.storageTitle')}</legend>
      <p className="hint">{t('signIn.storageExplain')}</p>
      <label className="field-check">
        <input
          type="radio"
          name="storage"
          checked={value === 'session'}
          onChange={() => onChange('session')}
        />
        {t('signIn.storageSession')}
      </label>
      <label className="field-check">
        <input
          type="radio"
          name="storage"
          checked={value === 'unprotected'}
          onChange={() => onChange('unprotected')}
        />
        {t('signIn.storageUnprotected')}
      </label>
    </fieldset>
  );
}

function sameHost(a: string, b: string): boolean {
  try {
    return new URL(a).host === new URL(b).host;
  } catch {
    return false;
  }
}

const isCancelled = (error: unknown) => (error as { code?: string } | undefined)?.code === 'cancelled';
