import { useTranslation } from 'react-i18next';
import { DeckEmpty } from '../features/deck';
import { SettingsPanel, useApplyPreferences } from '../features/settings';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { NoticeBar } from './NoticeBar';
import { Sidebar } from './Sidebar';
import { panelClosed, signInStarted, useOpenPanel } from './ui.store';

export function App() {
  const { t } = useTranslation();
  const panel = useOpenPanel();
  useApplyPreferences();

  return (
    <div className="app-frame">
      <Sidebar />
      <main className="deck-area" aria-label={t('deck.label')}>
        <NoticeBar />
        <ErrorBoundary>
          <DeckEmpty onSignIn={signInStarted} />
        </ErrorBoundary>
      </main>
      {panel === 'settings' && <SettingsPanel onClose={panelClosed} />}
    </div>
  );
}
