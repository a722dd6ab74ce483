import { create } from 'zustand';

/** The one modal panel open at a time, if any. */
export type Panel =
  | { kind: 'settings' }
  | { kind: 'signIn'; /** Re-authorise this account (its token was revoked). */ accountId?: string }
  | { kind: 'addColumn' };

interface UiState {
  panel: Panel | undefined;
  dismissedNotices: readonly string[];
}

const useUiStore = create<UiState>()(() => ({ panel: undefined, dismissedNotices: [] }));

export const useOpenPanel = () => useUiStore((s) => s.panel);
export const useDismissedNotices = () => useUiStore((s) => s.dismissedNotices);

export const settingsOpened = () => useUiStore.setState({ panel: { kind: 'settings' } });
export const signInStarted = (accountId?: string) =>
  useUiStore.setState({ panel: accountId ? { kind: 'signIn', accountId } : { kind: 'signIn' } });
export const addColumnStarted = () => useUiStore.setState({ panel: { kind: 'addColumn' } });
export const panelClosed = () => useUiStore.setState({ panel: undefined });
export const noticeDismissed = (key: string) =>
  useUiStore.setState((s) => ({ dismissedNotices: [...s.dismissedNotices, key] }));
