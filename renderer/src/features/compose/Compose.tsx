import { useCallback, useEffect } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ComposeAnnouncer } from './ComposeAnnouncer';
import { ComposeCloseDialog } from './ComposeCloseDialog';
import { ComposeDock } from './ComposeDock';
import { ComposeDraftsDialog } from './ComposeDraftsDialog';
import { ComposeMediaDialog } from './ComposeMediaDialog';
import { ComposePopout } from './ComposePopout';
import { ComposeScheduledDialog } from './ComposeScheduledDialog';
import { toComposeFailure } from './compose-failure';
import {
  composeDialogClosed,
  composeStartFailed,
  draftDiscarded,
  draftsRestored,
  redraftConfirmed,
  useComposeDialog,
  useDockOpen,
  useSlotDraft,
} from './compose.store';
import { useComposeKeys } from './use-compose-keys';
import { useComposeRequests } from './use-compose-requests';

/**
 * Everything compose, mounted once between the rail and the deck: the dock (when open), the pop-out, their
 * dialogs, and the work behind them (restoring drafts at start, turning requests into drafts, the N key).
 */
export function Compose() {
  const { t } = useTranslation();
  const dockOpen = useDockOpen();
  const popout = useSlotDraft('popout');
  const dialog = useComposeDialog();

  useEffect(() => {
    draftsRestored().catch((error: unknown) =>
      console.error('[compose] drafts could not be restored', error),
    );
  }, []);
  const onFailed = useCallback(
    (_request: unknown, error: unknown) => composeStartFailed(toComposeFailure(error)),
    [],
  );
  useComposeRequests(onFailed);
  useComposeKeys();

  return (
    <>
      {dockOpen && <ComposeDock />}
      {popout && <ComposePopout draft={popout} />}
      {dialog?.kind === 'drafts' && <ComposeDraftsDialog />}
      {dialog?.kind === 'scheduled' && <ComposeScheduledDialog />}
      {dialog?.kind === 'close' && <ComposeCloseDialog slot={dialog.slot} />}
      {dialog?.kind === 'media' && <ComposeMediaDialog slot={dialog.slot} mediaId={dialog.mediaId} />}
      {dialog?.kind === 'discard' && (
        <ConfirmDialog
          title={t('compose.discard.title')}
          body={t('compose.discard.body')}
          confirmLabel={t('compose.discard.confirm')}
          cancelLabel={t('compose.cancel')}
          danger
          onConfirm={() => void draftDiscarded(dialog.slot)}
          onCancel={composeDialogClosed}
        />
      )}
      {dialog?.kind === 'redraft' && (
        <ConfirmDialog
          title={t('compose.redraft.title')}
          body={t('compose.redraft.body')}
          confirmLabel={t('compose.redraft.confirm')}
          cancelLabel={t('compose.cancel')}
          danger
          onConfirm={() => redraftConfirmed(dialog.accountId, dialog.status)}
          onCancel={composeDialogClosed}
        />
      )}
      <ComposeAnnouncer />
    </>
  );
}
