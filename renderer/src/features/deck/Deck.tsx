import { useEffect } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { useAppInfo } from '../../lib/app-info';
import { host, unwrap } from '../../lib/host';
import { useAccounts } from '../accounts';
import { addColumnStarted, signInStarted } from '../../ui/panel.store';
import { DeckColumn } from './DeckColumn';
import { DeckEmpty } from './DeckEmpty';
import { deckLoaded, useActiveWorkspace, useDeckLayout, useDeckSaveError } from './deck.store';
import { useDeckKeys } from './use-deck-keys';
import { WorkspaceBar } from './WorkspaceBar';

/** The deck: workspace tabs and the columns of the active one, side by side. */
export function Deck() {
  const { t } = useTranslation();
  const accounts = useAccounts();
  const layout = useDeckLayout();
  const workspace = useActiveWorkspace();
  const saveError = useDeckSaveError();
  const info = useAppInfo();
  useDeckKeys();

  useEffect(() => {
    void deckLoaded();
  }, []);

  if (!accounts || !layout || !workspace) return <div className="deck-loading" aria-busy="true" />;
  if (accounts.length === 0) {
    const exploreDemo = info?.demo === 'available' ? () => void unwrap(host().app.exploreDemo()) : undefined;
    return (
      <DeckEmpty onSignIn={() => signInStarted()} {...(exploreDemo ? { onExploreDemo: exploreDemo } : {})} />
    );
  }

  return (
    <div className="deck">
      <WorkspaceBar layout={layout} demo={info?.demo === 'active'} />
      {saveError && (
        <p role="alert" className="deck-save-error">
          {t('deck.saveFailed', { message: saveError })}
        </p>
      )}
      {workspace.columns.length === 0 ? (
        <div className="deck-no-columns">
          <p>{t('deck.noColumns')}</p>
          <button type="button" className="button button-primary" onClick={addColumnStarted}>
            {t('deck.addColumn')}
          </button>
        </div>
      ) : (
        <div className="deck-columns">
          {workspace.columns.map((column, index) => (
            <DeckColumn key={column.id} column={column} index={index} count={workspace.columns.length} />
          ))}
        </div>
      )}
    </div>
  );
}
