import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { AccountSummary } from '../../../../electron/ipc/types/accounts';
import { toMastoFailure, withAccount, type mastodon } from '../../mastodon';
import { useMastoFailureText } from '../../mastodon';
import { Dialog } from '../../ui/Dialog';
import { statusNoticeShown } from './status.store';

type Category = 'spam' | 'legal' | 'other';
const categories: Category[] = ['spam', 'legal', 'other'];
const maxComment = 1000;

interface Props {
  actor: AccountSummary;
  /** The account reported, as the actor sees it (ids on the actor's server). */
  account: Pick<mastodon.v1.Account, 'id' | 'acct'>;
  /** The post reported with it, if any (as the actor sees it). */
  post?: mastodon.v1.Status | undefined;
  onClose(): void;
}

/**
 * Reports a post's author to the actor's moderators (and, for a remote author, optionally to theirs).
 * @see https://docs.joinmastodon.org/methods/reports/
 */
export function StatusReportDialog({ actor, account, post, onClose }: Props) {
  const { t } = useTranslation();
  const failureText = useMastoFailureText();
  const [category, setCategory] = useState<Category>('spam');
  const [comment, setComment] = useState('');
  const remote = account.acct.includes('@');
  const [forward, setForward] = useState(remote);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string>();
  const domain = remote ? account.acct.split('@')[1] : undefined;

  const send = async () => {
    setSending(true);
    setFailure(undefined);
    try {
      await withAccount(actor.id, ({ rest }) =>
        rest.v1.reports.create({
          accountId: account.id,
          ...(post && { statusIds: [post.id] }),
          category,
          comment: comment.trim(),
          forward: remote && forward,
        }),
      );
      statusNoticeShown({ kind: 'done', action: 'reported' });
      onClose();
    } catch (error) {
      setFailure(failureText(toMastoFailure(error)));
      setSending(false);
    }
  };

  return (
    <Dialog
      title={t('status.reportTitle', { acct: account.acct })}
      closeLabel={t('status.cancel')}
      onClose={onClose}
    >
      <form
        className="status-report"
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <fieldset>
          <legend>{t('status.reportWhy')}</legend>
          {categories.map((value) => (
            <label key={value} className="status-report-choice">
              <input
                type="radio"
                name="category"
                value={value}
                checked={category === value}
                onChange={() => setCategory(value)}
              />
              <span>
                <strong>{t(`status.reportCategory.${value}`)}</strong>
                <small>{t(`status.reportCategoryHint.${value}`)}</small>
              </span>
            </label>
          ))}
        </fieldset>
        <label className="status-report-comment">
          <span>{t('status.reportComment')}</span>
          <textarea
            value={comment}
            maxLength={maxComment}
            rows={3}
            onChange={(event) => setComment(event.target.value)}
          />
        </label>
        {remote && (
          <label className="status-report-forward">
            <input type="checkbox" checked={forward} onChange={(event) => setForward(event.target.checked)} />
            <span>{t('status.reportForward', { domain })}</span>
          </label>
        )}
        <p className="status-report-as">{t('status.reportAs', { acct: actor.acct })}</p>
        {failure && (
          <p className="status-report-failure" role="alert">
            {failure}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button button-quiet" onClick={onClose}>
            {t('status.cancel')}
          </button>
          <button type="submit" className="button button-danger" disabled={sending}>
            {t('status.reportSend')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
