import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { MastoFailure } from '../../mastodon';
import type { StatusActionKind, StatusToggle } from './status-actions';

/**
 * UI facts of the post cards: short notices after actions ("Copied", "Undone: …"), the columns whose
 * content warnings are all expanded, and the one card preference (ask before boosting). No server data.
 */
/** What a notice is about: a toggle, or one of the other things done from a card or a profile. */
export type NoticeAction =
  | StatusActionKind
  | 'unfavourite'
  | 'unboost'
  | 'unbookmark'
  | 'unpin'
  | 'unmuteConversation'
  | 'vote'
  | 'copied'
  | 'reported'
  | 'deleted'
  | 'delete'
  | 'report'
  | 'translate'
  | 'follow'
  | 'unfollow'
  | 'mute'
  | 'unmute'
  | 'block'
  | 'unblock'
  | 'notify';

export type StatusNotice =
  | { key: number; kind: 'done'; action: NoticeAction; as?: string | undefined }
  | { key: number; kind: 'failed'; action: NoticeAction; failure: MastoFailure; as?: string | undefined }
  /** The post could not be found from another account's server. */
  | { key: number; kind: 'unresolved'; as: string; failure: MastoFailure };

/** "favourite" or "unfavourite": what a notice about a toggle says depends on its direction. */
export const toggleNotice = (toggle: StatusToggle): NoticeAction => {
  if (toggle.on) return toggle.kind;
  return toggle.kind === 'muteConversation' ? 'unmuteConversation' : (`un${toggle.kind}` as NoticeAction);
};

type NoticeInput = StatusNotice extends infer N ? (N extends StatusNotice ? Omit<N, 'key'> : never) : never;

interface StatusUiState {
  notices: StatusNotice[];
  expandedColumns: readonly string[];
}

const useStatusUi = create<StatusUiState>()(() => ({ notices: [], expandedColumns: [] }));
let counter = 0;
const maxNotices = 3;

export const useStatusNotices = () => useStatusUi((s) => s.notices);
export const useColumnWarningsExpanded = (columnId: string | undefined) =>
  useStatusUi((s) => columnId !== undefined && s.expandedColumns.includes(columnId));

export function statusNoticeShown(notice: NoticeInput): number {
  const key = ++counter;
  useStatusUi.setState((s) => ({
    notices: [...s.notices, { ...notice, key } as StatusNotice].slice(-maxNotices),
  }));
  return key;
}
export const statusNoticeDismissed = (key: number) =>
  useStatusUi.setState((s) => ({ notices: s.notices.filter((n) => n.key !== key) }));

/** "Expand all content warnings" in a column, and back. */
export const columnWarningsToggled = (columnId: string) =>
  useStatusUi.setState((s) => ({
    expandedColumns: s.expandedColumns.includes(columnId)
      ? s.expandedColumns.filter((id) => id !== columnId)
      : [...s.expandedColumns, columnId],
  }));

interface StatusPrefs {
  confirmBoost: boolean;
}

/** A small local preference (no account data): kept in this window's storage until settings carry it. */
const useStatusPrefs = create<StatusPrefs>()(
  persist<StatusPrefs>(() => ({ confirmBoost: false }), { name: 'pouet.status-prefs', version: 1 }),
);

export const useConfirmBoost = () => useStatusPrefs((s) => s.confirmBoost);
export const confirmBoostToggled = () => useStatusPrefs.setState((s) => ({ confirmBoost: !s.confirmBoost }));
