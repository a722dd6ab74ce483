import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccounts } from '../accounts';
import { addColumnStarted, signInStarted } from '../../ui/panel.store';
import { DeckColumn } from './DeckColumn';
import { DeckEmpty } from './DeckEmpty';
import { columnsAdded, deckLoaded, useActiveWorkspace, useDeckLayout, useDeckSaveError } from './deck.store';
import { starterColumns } from './layout';
import { useDeckKeys } from './use-deck-keys';
import { WorkspaceBar } from './WorkspaceBar';

/** The deck: workspace tabs and the columns of the active one, side by side. */
export function Deck() {
  const { t } = useTranslation();
  const accounts = useAccounts();
  const layout = useDeckLayout();
  const workspace = useActiveWorkspace();
  const saveError = useDeckSaveError();
  const seenAccounts = useRef<Set<string> | undefined>(undefined);
  useDeckKeys();

  useEffect(() => {
    void deckLoaded();
  }, []);

  // The first account a user signs in with gets starter columns, so the deck is never empty after sign-in.
  useEffect(() => {
    if (!accounts || !layout) return;
    const known = seenAccounts.current;
    seenAccounts.current = new Set(accounts.map((a) => a.id));
    if (!known) return;
    const added = accounts.filter((a) => !known.has(a.id));
    const deckIsEmpty = layout.workspaces.every((w) => w.columns.length === 0);
    if (added[0] && deckIsEmpty) columnsAdded(starterColumns(added[0].id));
  }, [accounts, layout]);

  if (!accounts || !layout || !workspace) return <div className="deck-loading" aria-busy="true" />;
  if (accounts.length === 0) return <DeckEmpty onSignIn={() => signInStarted()} />;

  return (
    <div className="deck">
      <WorkspaceBar layout={layout} />
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
