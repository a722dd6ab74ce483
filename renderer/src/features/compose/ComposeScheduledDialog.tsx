import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { MastoFailureError, useMastoFailureText } from '../../mastodon';
import { useAccounts } from '../accounts';
import { Dialog } from '../../ui/Dialog';
import { scheduledCancelled } from './compose.mutations';
import { scheduledStatusesQuery } from './compose.queries';
import { composeDialogClosed } from './compose.store';

/** Posts waiting to be published, per account, each one cancellable. */
export function ComposeScheduledDialog() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const failureText = useMastoFailureText();
  const accounts = (useAccounts() ?? []).filter((a) => a.status === 'active');
  const [chosen, setChosen] = useState<string>();
  const accountId = chosen ?? accounts.find((a) => a.isDefault)?.id ?? accounts[0]?.id;
  const scheduled = useQuery({
    ...scheduledStatusesQuery(accountId ?? ''),
    enabled: accountId !== undefined,
  });
  const [cancelling, setCancelling] = useState<string>();
  const [cancelError, setCancelError] = useState<string>();
  const describe = (error: unknown) =>
    error instanceof MastoFailureError ? failureText(error.failure) : String(error);
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full', timeStyle: 'short' });

  return (
    <Dialog
      title={t('compose.scheduled.title')}
      closeLabel={t('compose.close.label')}
      onClose={composeDialogClosed}
      wide
    >
      {accounts.length > 1 && (
        <div className="field compose-scheduled-account">
          <label htmlFor="compose-scheduled-account">{t('compose.scheduled.account')}</label>
          <select
            id="compose-scheduled-account"
            value={accountId}
            onChange={(event) => setChosen(event.target.value)}
          >
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                @{a.acct}
              </option>
            ))}
          </select>
        </div>
      )}
      {scheduled.isPending && <p className="compose-empty">{t('compose.scheduled.loading')}</p>}
      {scheduled.error && (
        <p className="field-error" role="alert">
          {describe(scheduled.error)}
        </p>
      )}
      {cancelError && (
        <p className="field-error" role="alert">
          {t('compose.scheduled.cancelFailed', { reason: cancelError })}
        </p>
      )}
      {scheduled.data?.length === 0 && <p className="compose-empty">{t('compose.scheduled.empty')}</p>}
      {scheduled.data && scheduled.data.length > 0 && (
        <ul className="compose-list" aria-label={t('compose.scheduled.title')}>
          {scheduled.data.map((item) => (
            <li key={item.id} className="compose-list-item">
              <div className="compose-list-body">
                <p className="compose-list-meta">
                  <time dateTime={item.scheduledAt}>{when.format(new Date(item.scheduledAt))}</time>
                  {item.mediaAttachments.length > 0 &&
                    ` · ${t('compose.scheduled.media', { count: item.mediaAttachments.length })}`}
                </p>
                <p className="compose-list-text">{item.params.spoilerText || item.params.text}</p>
              </div>
              <div className="compose-list-actions">
                <button
                  type="button"
                  className="button button-quiet compose-danger-text"
                  disabled={cancelling === item.id}
                  aria-label={t('compose.scheduled.cancelLabel', {
                    time: when.format(new Date(item.scheduledAt)),
                  })}
                  onClick={() => {
                    if (!accountId) return;
                    setCancelling(item.id);
                    setCancelError(undefined);
                    scheduledCancelled(accountId, item.id, queryClient)
                      .catch((error: unknown) => setCancelError(describe(error)))
                      .finally(() => setCancelling(undefined));
                  }}
                >
                  {t('compose.scheduled.cancel')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
