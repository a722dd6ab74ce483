import { useTranslation } from '../i18n/use-translation';
import { SignInDialog, useAccountLifecycle } from '../features/accounts';
import { Compose } from '../features/compose';
import { accountSignedIn, AddColumnDialog, Deck } from '../features/deck';
import { SettingsPanel, useApplyPreferences } from '../features/settings';
import { StatusEnvironmentProvider } from '../features/status';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { NoticeBar } from './NoticeBar';
import { SidePanels } from './SidePanels';
import { Sidebar } from './Sidebar';
import { useStatusEnvironment } from './status-environment';
import { UpdateNotice } from './UpdateNotice';
import { panelClosed, useOpenPanel } from '../ui/panel.store';

export function App() {
  const { t } = useTranslation();
  const panel = useOpenPanel();
  useApplyPreferences();
  useAccountLifecycle();
  const statusEnvironment = useStatusEnvironment();

  return (
    <StatusEnvironmentProvider environment={statusEnvironment}>
      <div className="app-frame">
        <Sidebar />
        <ErrorBoundary>
          <Compose />
        </ErrorBoundary>
        <main className="deck-area" aria-label={t('deck.label')}>
          <NoticeBar />
          <ErrorBoundary>
            <Deck />
          </ErrorBoundary>
        </main>
        {panel?.kind === 'settings' && <SettingsPanel onClose={panelClosed} />}
        {panel?.kind === 'addColumn' && <AddColumnDialog onClose={panelClosed} />}
        {panel?.kind === 'signIn' && (
          <SignInDialog
            accountId={panel.accountId}
            onClose={panelClosed}
            onSignedIn={(a) => accountSignedIn(a.id)}
          />
        )}
        <SidePanels />
        <UpdateNotice />
      </div>
    </StatusEnvironmentProvider>
  );
}
