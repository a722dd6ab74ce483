import { useTranslation } from '../../i18n/use-translation';
import { Dialog } from '../../ui/Dialog';
import { ComposeForm } from './ComposeForm';
import { composeDialogOpened, draftDiscarded } from './compose.store';
import { isBlank, type Draft } from './draft';

/** Closing asks first when there is something to lose; an untouched reply just goes. */
export function popoutCloseRequested(draft: Draft): void {
  if (isBlank(draft)) void draftDiscarded('popout');
  else composeDialogOpened({ kind: 'close', slot: 'popout' });
}

/** The pop-out composer for replies, quotes and edits, over the deck. */
export function ComposePopout({ draft }: { draft: Draft }) {
  const { t } = useTranslation();
  const title = draft.editOf
    ? t('compose.titleEdit')
    : draft.replyTo
      ? t('compose.titleReply', { acct: draft.replyTo.authorAcct })
      : draft.quote
        ? t('compose.titleQuote')
        : t('compose.title');
  return (
    <Dialog
      title={title}
      closeLabel={t('compose.close.label')}
      onClose={() => popoutCloseRequested(draft)}
      wide
    >
      <ComposeForm key={draft.id} slot="popout" draft={draft} />
    </Dialog>
  );
}
