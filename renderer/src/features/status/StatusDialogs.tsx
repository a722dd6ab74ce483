import { useTranslation } from '../../i18n/use-translation';
import type { AccountSummary } from '../../../../electron/ipc/types/accounts';
import type { mastodon } from '../../mastodon';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useRelationshipChange, type RelationshipActing } from './relationship';
import { useStatusActions, type Acting } from './status.mutations';
import { StatusReportDialog } from './StatusReportDialog';

/** The questions a card asks before doing something that is hard to undo. */
export type StatusDialog =
  | { kind: 'boost'; acting: Acting }
  | { kind: 'delete'; accountId: string; post: mastodon.v1.Status }
  | { kind: 'mute' | 'block'; acting: RelationshipActing }
  | { kind: 'report'; actor: AccountSummary; post: mastodon.v1.Status };

export function StatusDialogs({ dialog, onClose }: { dialog: StatusDialog; onClose(): void }) {
  const { t } = useTranslation();
  const { toggle, remove } = useStatusActions();
  const change = useRelationshipChange();
  const common = { cancelLabel: t('status.cancel'), onCancel: onClose };
  switch (dialog.kind) {
    case 'boost':
      return (
        <ConfirmDialog
          {...common}
          title={t('status.confirmBoostTitle')}
          body={t('status.confirmBoostBody', { acct: dialog.acting.actor.acct })}
          confirmLabel={t('status.boost')}
          onConfirm={() => {
            onClose();
            void toggle(dialog.acting, { kind: 'boost', on: true });
          }}
        />
      );
    case 'delete':
      return (
        <ConfirmDialog
          {...common}
          danger
          title={t('status.confirmDeleteTitle')}
          body={t('status.confirmDeleteBody')}
          confirmLabel={t('status.delete')}
          onConfirm={() => {
            onClose();
            void remove(dialog.accountId, dialog.post);
          }}
        />
      );
    case 'mute':
    case 'block': {
      const { kind, acting } = dialog;
      return (
        <ConfirmDialog
          {...common}
          danger={kind === 'block'}
          title={t(kind === 'mute' ? 'status.confirmMuteTitle' : 'status.confirmBlockTitle', {
            acct: acting.target.acct,
          })}
          body={t(kind === 'mute' ? 'status.confirmMuteBody' : 'status.confirmBlockBody', {
            acct: acting.actor.acct,
          })}
          confirmLabel={t(kind === 'mute' ? 'status.mute' : 'status.block')}
          onConfirm={() => {
            onClose();
            void change(acting, { kind, on: true });
          }}
        />
      );
    }
    case 'report':
      return (
        <StatusReportDialog
          actor={dialog.actor}
          account={dialog.post.account}
          post={dialog.post}
          onClose={onClose}
        />
      );
  }
}
