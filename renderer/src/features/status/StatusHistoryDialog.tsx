import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { toMastoFailure, useMastoFailureText, withAccount, type mastodon } from '../../mastodon';
import { Dialog } from '../../ui/Dialog';
import { renderContent } from './content-html';
import { EmojiText } from './EmojiText';
import { useAnimate } from './motion';
import { absoluteTime } from './relative-time';

type Status = mastodon.v1.Status;
type Edit = mastodon.v1.StatusEdit;

/** @see https://docs.joinmastodon.org/methods/statuses/#history */
const historyQuery = (accountId: string, post: Status) => ({
  queryKey: ['acct', accountId, 'history', post.id, post.editedAt ?? ''],
  queryFn: () =>
    withAccount(accountId, async ({ rest }) => await rest.v1.statuses.$select(post.id).history.list()),
  staleTime: 60_000,
});

function Version({ post, edit, label }: { post: Status; edit: Edit; label: string }) {
  const { i18n } = useTranslation();
  const animate = useAnimate();
  // Each version carries its own emoji list; mentions and tags are the post's.
  const html = useMemo(
    () => renderContent({ ...post, content: edit.content, emojis: edit.emojis }, animate),
    [post, edit, animate],
  );
  return (
    <li className="status-history-version">
      <p className="status-history-when">
        <strong>{label}</strong> · {absoluteTime(Date.parse(edit.createdAt), i18n.language)}
      </p>
      {edit.spoilerText && (
        <p className="status-spoiler-text">
          <EmojiText text={edit.spoilerText} emojis={edit.emojis} />
        </p>
      )}
      <div className="status-content" dangerouslySetInnerHTML={{ __html: html }} />
      {edit.mediaAttachments.length > 0 && (
        <p className="status-history-media">
          {edit.mediaAttachments.map((media) => media.description || media.type).join(' · ')}
        </p>
      )}
    </li>
  );
}

/** Every version of an edited post, newest first. */
export function StatusHistoryDialog({
  accountId,
  post,
  onClose,
}: {
  accountId: string | undefined;
  post: Status;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const failureText = useMastoFailureText();
  const query = useQuery({ ...historyQuery(accountId ?? '', post), enabled: accountId !== undefined });
  const versions = [...(query.data ?? [])].reverse();
  return (
    <Dialog title={t('status.historyTitle')} closeLabel={t('status.close')} onClose={onClose} wide>
      {query.isPending && <p className="status-history-state">{t('status.loading')}</p>}
      {query.isError && <p className="status-history-state">{failureText(toMastoFailure(query.error))}</p>}
      <ol className="status-history">
        {versions.map((edit, index) => (
          <Version
            key={edit.createdAt + index}
            post={post}
            edit={edit}
            label={
              index === versions.length - 1
                ? t('status.historyOriginal')
                : index === 0
                  ? t('status.historyCurrent')
                  : t('status.historyEdited')
            }
          />
        ))}
      </ol>
    </Dialog>
  );
}
