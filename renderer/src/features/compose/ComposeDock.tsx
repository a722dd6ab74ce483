import { useEffect } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { useAccounts } from '../accounts';
import { signInStarted } from '../../ui/panel.store';
import { ComposeForm } from './ComposeForm';
import { Icon } from '../../ui/Icon';
import {
  composeDialogOpened,
  composeOpened,
  dockHidden,
  useLastAccountId,
  useRestored,
  useSlotDraft,
} from './compose.store';
import { isBlank } from './draft';

const railButtonId = 'compose-rail-button';

function hide() {
  dockHidden();
  document.getElementById(railButtonId)?.focus();
}

/** The docked composer beside the rail: always one keystroke away, and it keeps its draft when hidden. */
export function ComposeDock() {
  const { t } = useTranslation();
  const draft = useSlotDraft('dock');
  const accounts = useAccounts();
  const restored = useRestored();
  const lastAccountId = useLastAccountId();
  const hasAccount = accounts?.some((a) => a.status === 'active') ?? false;

  // Opened with nothing in it (first time, or the last post went out): start a fresh draft.
  useEffect(() => {
    if (restored && !draft && hasAccount) composeOpened(lastAccountId);
  }, [restored, draft, hasAccount, lastAccountId]);

  return (
    <aside
      className="compose-dock"
      aria-label={t('compose.dockLabel')}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        hide();
      }}
    >
      <header className="compose-dock-header">
        <h2>{draft?.editOf ? t('compose.titleEdit') : t('compose.title')}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('compose.drafts.open')}
          title={t('compose.drafts.open')}
          onClick={() => composeDialogOpened({ kind: 'drafts' })}
        >
          <Icon name="drafts" size={18} />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('compose.scheduled.open')}
          title={t('compose.scheduled.open')}
          onClick={() => composeDialogOpened({ kind: 'scheduled' })}
        >
          <Icon name="clock" size={18} />
        </button>
        {draft && !isBlank(draft) && (
          <button
            type="button"
            className="icon-button"
            aria-label={t('compose.discard.button')}
            title={t('compose.discard.button')}
            onClick={() => composeDialogOpened({ kind: 'discard', slot: 'dock' })}
          >
            <Icon name="trash" size={18} />
          </button>
        )}
        <button
          type="button"
          className="icon-button"
          aria-label={t('compose.hide')}
          title={t('compose.hide')}
          onClick={hide}
        >
          <Icon name="close" size={18} />
        </button>
      </header>
      {draft ? (
        <ComposeForm key={draft.id} slot="dock" draft={draft} />
      ) : (
        accounts &&
        !hasAccount && (
          <div className="compose-no-account">
            <p>{t('compose.noAccount')}</p>
            <button type="button" className="button button-primary" onClick={() => signInStarted()}>
              {t('compose.signIn')}
            </button>
          </div>
        )
      )}
    </aside>
  );
}

export { railButtonId };
