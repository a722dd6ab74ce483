import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { prefetchFirstScreen } from './app/first-screen';
import { createQueryClient } from './app/query-client';
import { i18n } from './i18n/i18n';
import { ErrorBoundary } from './ui/ErrorBoundary';
import './styles/base.css';
import './styles/frame.css';
import './styles/controls.css';
import './styles/accounts.css';
import './styles/deck.css';
import './styles/compose.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

if (!window.pouet) {
  root.textContent = i18n.t('errors.noShell');
} else {
  const client = createQueryClient();
  prefetchFirstScreen(client);
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={client}>
          <ErrorBoundary>
            <App />
          </ErrorBoundary>
        </QueryClientProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}
