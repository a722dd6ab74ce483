import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { StreamState } from '../../mastodon';
import type { NotificationType } from './notification-kinds';

/** What a notifications column on screen shows: whose notifications, of which types (all if undefined). */
export interface ColumnCoverage {
  accountIds: readonly string[];
  types: readonly NotificationType[] | undefined;
}

/** UI facts of the notifications feature (never server data). */
interface NotificationsUi {
  /** Notification columns currently on screen, by column id. */
  onScreen: Readonly<Record<string, ColumnCoverage>>;
  /** Each account's notification stream, for the columns' connection notice. */
  streams: Readonly<Record<string, StreamState>>;
}

const useNotificationsUi = create<NotificationsUi>()(() => ({ onScreen: {}, streams: {} }));

export const useStreamState = (accountId: string | undefined) =>
  useNotificationsUi((s) => (accountId ? s.streams[accountId] : undefined));

export const useAllStreamStates = (accountIds: readonly string[]) =>
  useNotificationsUi(useShallow((s) => accountIds.map((id) => s.streams[id])));

export const columnCameOnScreen = (columnId: string, coverage: ColumnCoverage) =>
  useNotificationsUi.setState((s) => ({ onScreen: { ...s.onScreen, [columnId]: coverage } }));

export function columnLeftScreen(columnId: string): void {
  if (!(columnId in useNotificationsUi.getState().onScreen)) return;
  useNotificationsUi.setState((s) => {
    const { [columnId]: _gone, ...onScreen } = s.onScreen;
    return { onScreen };
  });
}

export const streamStateChanged = (accountId: string, state: StreamState) =>
  useNotificationsUi.setState((s) => ({ streams: { ...s.streams, [accountId]: state } }));

/** Whether a column on screen shows this account's notifications of this type. */
export function shownOnScreen(accountId: string, type: NotificationType): boolean {
  return Object.values(useNotificationsUi.getState().onScreen).some(
    (coverage) =>
      coverage.accountIds.includes(accountId) && (!coverage.types || coverage.types.includes(type)),
  );
}
