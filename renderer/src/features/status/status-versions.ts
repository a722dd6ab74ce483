import type { mastodon, StreamEvent } from '../../mastodon';

type Status = mastodon.v1.Status;

/** A post that changed: a new version (edited, favourited, a poll voted…), or gone. */
export type StatusChange = { kind: 'updated'; status: Status } | { kind: 'deleted'; statusId: string };

/** The edits and deletions a stream announces: they change a post wherever an account shows it. */
export function statusChangeOf(event: StreamEvent): StatusChange | undefined {
  if (event.event === 'status.update') return { kind: 'updated', status: event.payload };
  if (event.event === 'delete') return { kind: 'deleted', statusId: event.payload };
  return undefined;
}

/** Fields that depend on who is looking; public stream payloads may lack them, so keep what we knew. */
const viewerFields = ['favourited', 'reblogged', 'bookmarked', 'muted', 'pinned'] as const;

function withViewerState(previous: Status, next: Status): Status {
  const patch: Partial<Status> = {};
  for (const field of viewerFields) {
    if (next[field] == null && previous[field] != null) patch[field] = previous[field];
  }
  if (next.filtered === undefined && previous.filtered !== undefined) patch.filtered = previous.filtered;
  return Object.keys(patch).length > 0 ? { ...next, ...patch } : next;
}

/**
 * Replaces `next` wherever it appears inside `status` (itself, its boost, its quote); same object if absent.
 * Timelines and notifications both patch their posts with it.
 */
export function patchStatus(status: Status, next: Status): Status {
  if (status.id === next.id) return withViewerState(status, next);
  let result = status;
  if (status.reblog) {
    const reblog = patchStatus(status.reblog, next);
    if (reblog !== status.reblog) result = { ...result, reblog };
  }
  const quote = status.quote;
  if (quote && 'quotedStatus' in quote && quote.quotedStatus?.id === next.id) {
    result = { ...result, quote: { ...quote, quotedStatus: withViewerState(quote.quotedStatus, next) } };
  }
  return result;
}

/** What is left of `status` once post `id` is deleted: undefined if it was the post (or the boosted one). */
export function statusWithout(status: Status, id: string): Status | undefined {
  if (status.id === id || status.reblog?.id === id) return undefined;
  let result = status;
  if (status.reblog) {
    const reblog = statusWithout(status.reblog, id);
    if (reblog && reblog !== status.reblog) result = { ...result, reblog };
  }
  const quote = status.quote;
  if (quote && 'quotedStatus' in quote && quote.quotedStatus?.id === id) {
    result = { ...result, quote: { state: 'deleted', quotedStatus: null } };
  }
  return result;
}
