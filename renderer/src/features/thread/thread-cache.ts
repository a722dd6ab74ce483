import type { mastodon } from '../../mastodon';

type Status = mastodon.v1.Status;

/** A thread as the panel holds it: the post it is about, what it answers, and the replies below. */
export interface ThreadData {
  focused: Status;
  ancestors: Status[];
  descendants: Status[];
  /** False while only the post is known (opened from a column, context not loaded yet). */
  loaded: boolean;
  /** The post itself was deleted while open. */
  deleted?: boolean;
}

/** Viewer-dependent fields public payloads may lack: keep what we knew (as the feeds' writer does). */
const viewerFields = ['favourited', 'reblogged', 'bookmarked', 'muted', 'pinned'] as const;

function merged(previous: Status, next: Status): Status {
  const patch: Partial<Status> = {};
  for (const field of viewerFields)
    if (next[field] == null && previous[field] != null) patch[field] = previous[field];
  return Object.keys(patch).length > 0 ? { ...next, ...patch } : next;
}

/** `next` in place of itself or of a quoted post inside `status`; the same object when absent. */
function patched(status: Status, next: Status): Status {
  if (status.id === next.id) return merged(status, next);
  const quote = status.quote;
  if (quote && 'quotedStatus' in quote && quote.quotedStatus?.id === next.id)
    return { ...status, quote: { ...quote, quotedStatus: merged(quote.quotedStatus, next) } };
  return status;
}

const mapAll = (data: ThreadData, change: (status: Status) => Status): ThreadData => {
  const focused = change(data.focused);
  const ancestors = data.ancestors.map(change);
  const descendants = data.descendants.map(change);
  const same =
    focused === data.focused &&
    ancestors.every((s, i) => s === data.ancestors[i]) &&
    descendants.every((s, i) => s === data.descendants[i]);
  return same ? data : { ...data, focused, ancestors, descendants };
};

/** A new version of a post (an action's answer, an edit from the stream), wherever the thread holds it. */
export const threadUpserted = (data: ThreadData, next: Status): ThreadData =>
  mapAll(data, (status) => patched(status, next));

/** A post was deleted: it leaves the thread (the focused one stays, marked deleted). */
export function threadRemoved(data: ThreadData, id: string): ThreadData {
  const quoteGone = (status: Status): Status => {
    const quote = status.quote;
    return quote && 'quotedStatus' in quote && quote.quotedStatus?.id === id
      ? { ...status, quote: { state: 'deleted', quotedStatus: null } }
      : status;
  };
  const ancestors = data.ancestors.filter((s) => s.id !== id);
  const descendants = data.descendants.filter((s) => s.id !== id);
  const next = { ...data, ancestors, descendants, ...(data.focused.id === id && { deleted: true }) };
  return mapAll(next, quoteGone);
}

export const threadIds = (data: ThreadData): Set<string> =>
  new Set([data.focused.id, ...data.ancestors.map((s) => s.id), ...data.descendants.map((s) => s.id)]);

/** A post arrived live: it joins the replies when it answers something in the thread. */
export function threadArrived(data: ThreadData, status: Status): ThreadData {
  if (status.reblog || !status.inReplyToId) return data;
  const ids = threadIds(data);
  if (ids.has(status.id)) return threadUpserted(data, status);
  if (!ids.has(status.inReplyToId)) return data;
  return { ...data, descendants: [...data.descendants, status] };
}
