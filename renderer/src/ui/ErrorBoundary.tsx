import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18n } from '../i18n/i18n';

interface State {
  error: Error | undefined;
}

/** Keeps one broken part of the UI from blanking the whole window, and offers a retry. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('[pouet:ui] render failed', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert" className="error-panel">
        <h2>{i18n.t('errors.title')}</h2>
        <p>{i18n.t('errors.body')}</p>
        <details>
          <summary>{i18n.t('errors.details')}</summary>
          <pre>{error.message}</pre>
        </details>
        <button type="button" className="button" onClick={() => this.setState({ error: undefined })}>
          {i18n.t('errors.retry')}
        </button>
      </div>
    );
  }
}
