import type { QueryClient } from '@tanstack/react-query';
import { MastoHttpError } from 'masto';
import { isNewer, MastoFailureError, withAccount } from '../../mastodon';
import { unreadKey } from './notifications.queries';
import { unreadAfterRead, type UnreadState } from './unread';

/** Reading is shown at once; the server marker is written after a quiet moment (one request per burst). */
const saveDelayMs = 1_500;

interface Pending {
  lastReadId: string;
  timer: ReturnType<typeof setTimeout>;
}

const pending = new Map<string, Pending>();

const isConflict = (error: unknown) =>
  error instanceof MastoFailureError &&
  error.cause instanceof MastoHttpError &&
  error.cause.statusCode === 409;

/**
 * Writes the `notifications` marker. A 409 means another client wrote it at the same moment: read it
 * again, and write ours only if it is still further ahead.
 * @see https://docs.joinmastodon.org/methods/markers/#create
 */
async function save(accountId: string, lastReadId: string): Promise<void> {
  const write = () =>
    withAccount(accountId, ({ rest }) => rest.v1.markers.create({ notifications: { lastReadId } }));
  try {
    await write();
  } catch (error) {
    if (!isConflict(error)) {
      console.warn('[notifications] could not save the read position', error);
      return;
    }
    const current = await withAccount(accountId, ({ rest }) =>
      rest.v1.markers.fetch({ timeline: ['notifications'] }),
    );
    const theirs = current.notifications?.lastReadId;
    if (theirs === undefined || isNewer(lastReadId, theirs)) await write().catch(() => undefined);
  }
}

/**
 * The reader has seen an account's notifications up to `lastReadId` (in a column on screen, window
 * focused). The unread count and badges drop now; the server marker follows, never moving backwards.
 */
export function notificationsSeen(client: QueryClient, accountId: string, lastReadId: string): void {
  const state = client.getQueryData<UnreadState>(unreadKey(accountId));
  if (state?.readId !== undefined && !isNewer(lastReadId, state.readId)) return;
  client.setQueryData<UnreadState>(unreadKey(accountId), (current) =>
    current ? unreadAfterRead(current, lastReadId) : { readId: lastReadId, ids: [], capped: false },
  );
  const held = pending.get(accountId);
  clearTimeout(held?.timer);
  pending.set(accountId, {
    lastReadId,
    timer: setTimeout(() => {
      pending.delete(accountId);
      void save(accountId, lastReadId);
    }, saveDelayMs),
  });
}

/** Saves pending read positions now (the window is closing). */
export function flushNotificationMarkers(): void {
  for (const [accountId, { lastReadId, timer }] of pending) {
    clearTimeout(timer);
    void save(accountId, lastReadId);
  }
  pending.clear();
}

if (typeof window !== 'undefined') window.addEventListener('beforeunload', flushNotificationMarkers);
