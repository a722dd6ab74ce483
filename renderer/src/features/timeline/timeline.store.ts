import { create } from 'zustand';

/** UI facts about columns the deck shows: unread counts for the header badges. */
interface TimelineUiState {
  unread: Readonly<Record<string, number>>;
}

const useTimelineUi = create<TimelineUiState>()(() => ({ unread: {} }));

/** Unread items in a column (newer than its read position). */
export const useColumnUnread = (columnId: string): number => useTimelineUi((s) => s.unread[columnId] ?? 0);

export function unreadCounted(columnId: string, count: number): void {
  if ((useTimelineUi.getState().unread[columnId] ?? 0) === count) return;
  useTimelineUi.setState((s) => ({ unread: { ...s.unread, [columnId]: count } }));
}

export function columnFeedClosed(columnId: string): void {
  if (!(columnId in useTimelineUi.getState().unread)) return;
  useTimelineUi.setState((s) => {
    const { [columnId]: _gone, ...unread } = s.unread;
    return { unread };
  });
}
