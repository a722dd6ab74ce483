import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../../i18n/use-translation';
import { useAccounts } from '../accounts';
import { Avatar } from '../../ui/Avatar';
import { Dialog } from '../../ui/Dialog';
import { savedDraftsQuery } from './compose.queries';
import { composeDialogClosed, draftStarted, savedDraftDeleted, slotDraft } from './compose.store';
import type { Draft } from './draft';
import { useComposeFailureText } from './use-compose-failure-text';

/** Drafts kept for later (and those whose publishing failed), to pick one up again or delete it. */
export function ComposeDraftsDialog() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const accounts = useAccounts() ?? [];
  const failureText = useComposeFailureText();
  const open = [slotDraft('dock')?.id, slotDraft('popout')?.id];
  const drafts = (useQuery(savedDraftsQuery).data ?? []).filter((d) => !open.includes(d.id));
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const refresh = () => queryClient.invalidateQueries({ queryKey: savedDraftsQuery.queryKey });

  const resume = (draft: Draft) => {
    const slot = draft.replyTo || draft.quote || draft.editOf ? 'popout' : 'dock';
    composeDialogClosed();
    draftStarted(slot, draft);
  };
  const summary = (draft: Draft) =>
    draft.text.trim() ||
    draft.spoilerText.trim() ||
    draft.poll?.options.filter(Boolean).join(' · ') ||
    t('compose.drafts.mediaOnly');

  return (
    <Dialog
      title={t('compose.drafts.title')}
      closeLabel={t('compose.close.label')}
      onClose={composeDialogClosed}
      wide
    >
      {drafts.length === 0 ? (
        <p className="compose-empty">{t('compose.drafts.empty')}</p>
      ) : (
        <ul className="compose-list" aria-label={t('compose.drafts.title')}>
          {drafts.map((draft) => {
            const account = accounts.find((a) => a.id === draft.accountId);
            return (
              <li key={draft.id} className="compose-list-item">
                {account && (
                  <Avatar
                    src={account.avatarUrl}
                    staticSrc={account.avatarStaticUrl}
                    size={32}
                    ring={account.color}
                    animate={false}
                  />
                )}
                <div className="compose-list-body">
                  <p className="compose-list-meta">
                    {account ? `@${account.acct}` : t('compose.drafts.unknownAccount')} ·{' '}
                    {when.format(draft.updatedAt)}
                    {draft.replyTo && ` · ${t('compose.drafts.replyTo', { acct: draft.replyTo.authorAcct })}`}
                    {draft.editOf && ` · ${t('compose.drafts.edit')}`}
                  </p>
                  <p className="compose-list-text">{summary(draft)}</p>
                  {draft.failure && <p className="compose-list-failure">{failureText(draft.failure)}</p>}
                </div>
                <div className="compose-list-actions">
                  <button type="button" className="button" disabled={!account} onClick={() => resume(draft)}>
                    {t('compose.drafts.resume')}
                  </button>
                  <button
                    type="button"
                    className="button button-quiet compose-danger-text"
                    onClick={() => void savedDraftDeleted(draft.id).then(refresh)}
                  >
                    {t('compose.drafts.delete')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </Dialog>
  );
}
