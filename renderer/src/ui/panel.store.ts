import { create } from 'zustand';

type Panel = 'settings' | 'signIn' | undefined;

interface UiState {
  panel: Panel;
  dismissedNotices: readonly string[];
}

const useUiStore = create<UiState>()(() => ({ panel: undefined, dismissedNotices: [] }));

export const useOpenPanel = () => useUiStore((s) => s.panel);
export const useDismissedNotices = () => useUiStore((s) => s.dismissedNotices);

export const settingsOpened = () => useUiStore.setState({ panel: 'settings' });
export const signInStarted = () => useUiStore.setState({ panel: 'signIn' });
export const panelClosed = () => useUiStore.setState({ panel: undefined });
export const noticeDismissed = (key: string) =>
  useUiStore.setState((s) => ({ dismissedNotices: [...s.dismissedNotices, key] }));
