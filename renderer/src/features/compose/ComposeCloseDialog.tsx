import { useTranslation } from '../../i18n/use-translation';
import { Dialog } from '../../ui/Dialog';
import { composeDialogClosed, draftDiscarded, draftPutAway, type ComposeSlot } from './compose.store';

/** Closing a composer that holds words: keep them as a draft, throw them away, or go back to writing. */
export function ComposeCloseDialog({ slot }: { slot: ComposeSlot }) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={t('compose.close.title')}
      closeLabel={t('compose.close.label')}
      onClose={composeDialogClosed}
    >
      <p>{t('compose.close.body')}</p>
      <div className="dialog-actions">
        <button type="button" className="button button-quiet" onClick={composeDialogClosed}>
          {t('compose.close.keepWriting')}
        </button>
        <button type="button" className="button button-danger" onClick={() => void draftDiscarded(slot)}>
          {t('compose.close.discard')}
        </button>
        <button
          type="button"
          className="button button-primary"
          autoFocus
          onClick={() => void draftPutAway(slot)}
        >
          {t('compose.close.keep')}
        </button>
      </div>
    </Dialog>
  );
}
