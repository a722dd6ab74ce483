import { create } from 'zustand';

/** The one modal panel open at a time, if any. */
export type Panel =
  | { kind: 'settings' }
  | { kind: 'signIn'; /** Re-authorise this account (its token was revoked). */ accountId?: string }
  | { kind: 'addColumn' };

/**
 * The side panel over the right of the deck (not modal: a thread or a profile), read as one account. Ids and
 * handles only; the entities themselves live in react-query.
 */
export type SidePanel =
  | { kind: 'thread'; accountId: string; statusId: string }
  | { kind: 'profile'; accountId: string; profile: { id?: string; acct: string; url?: string } };

interface UiState {
  panel: Panel | undefined;
  dismissedNotices: readonly string[];
  side: SidePanel | undefined;
  /** Side panels the current one replaced, for "back". */
  sideHistory: readonly SidePanel[];
}

const useUiStore = create<UiState>()(() => ({
  panel: undefined,
  dismissedNotices: [],
  side: undefined,
  sideHistory: [],
}));

export const useOpenPanel = () => useUiStore((s) => s.panel);
export const useDismissedNotices = () => useUiStore((s) => s.dismissedNotices);

export const settingsOpened = () => useUiStore.setState({ panel: { kind: 'settings' } });
export const signInStarted = (accountId?: string) =>
  useUiStore.setState({ panel: accountId ? { kind: 'signIn', accountId } : { kind: 'signIn' } });
export const addColumnStarted = () => useUiStore.setState({ panel: { kind: 'addColumn' } });
export const panelClosed = () => useUiStore.setState({ panel: undefined });
export const noticeDismissed = (key: string) =>
  useUiStore.setState((s) => ({ dismissedNotices: [...s.dismissedNotices, key] }));

export const useSidePanel = () => useUiStore((s) => s.side);
export const useSideHistory = () => useUiStore((s) => s.sideHistory);
const sideHistoryLimit = 20;
/** Opens a thread or a profile beside the deck; what was open can be reached again with "back". */
export const sidePanelOpened = (side: SidePanel) =>
  useUiStore.setState((s) => ({
    side,
    sideHistory: s.side ? [...s.sideHistory, s.side].slice(-sideHistoryLimit) : [],
  }));
export const sidePanelBack = () =>
  useUiStore.setState((s) => ({ side: s.sideHistory.at(-1), sideHistory: s.sideHistory.slice(0, -1) }));
export const sidePanelClosed = () => useUiStore.setState({ side: undefined, sideHistory: [] });
