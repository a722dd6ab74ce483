import { compareIds, newerId } from '../../mastodon';

/**
 * An account's unread notifications: those newer than its `notifications` read marker, as counted at load
 * (capped by the page size) and kept current by the stream and by reading.
 * @see https://docs.joinmastodon.org/methods/markers/
 */
export interface UnreadState {
  /** The read position: the server marker, or newer when the reader has seen more since. */
  readId: string | undefined;
  /** Unread notification ids, newest first. */
  ids: string[];
  /** More were unread than one page could count ("80+"). */
  capped: boolean;
}

/** A notification arrived: unread unless the reader is already past it. */
export function unreadAfterNotification(state: UnreadState, id: string): UnreadState {
  if (state.ids.includes(id)) return state;
  if (state.readId !== undefined && compareIds(id, state.readId) <= 0) return state;
  return { ...state, ids: [id, ...state.ids].sort((a, b) => compareIds(b, a)) };
}

/** The reader (here or in another client) has seen up to `readId`; the position never moves back. */
export function unreadAfterRead(state: UnreadState, readId: string): UnreadState {
  const next = newerId(state.readId, readId);
  if (next === state.readId) return state;
  const ids = state.ids.filter((id) => next === undefined || compareIds(id, next) > 0);
  return { readId: next, ids, capped: state.capped && ids.length > 0 };
}

export const unreadCountOf = (state: UnreadState | undefined): number => state?.ids.length ?? 0;

/** The number on the app icon: every account's unread notifications, except accounts switched off. */
export function badgeCount(
  states: readonly { accountId: string; state: UnreadState | undefined }[],
  mutedAccounts: readonly string[],
): number {
  return states
    .filter(({ accountId }) => !mutedAccounts.includes(accountId))
    .reduce((sum, { state }) => sum + unreadCountOf(state), 0);
}

/**
 * Whether an entry (its most recent notification) is unread: newer than the read position, or, before any
 * position is known, one of those that arrived since.
 */
export function isUnreadEntry(newestId: string, state: UnreadState | undefined): boolean {
  if (!state) return false;
  if (state.readId !== undefined) return compareIds(newestId, state.readId) > 0;
  return state.ids.includes(newestId);
}
