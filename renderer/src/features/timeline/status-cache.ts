import { withPendingChanges } from '../../mastodon';
import type { FeedData, FeedItem, Status } from './feed-types';
import { mapItems } from './merge';

/**
 * The one writer for statuses held in feeds. Stream events, (later) actions and optimistic updates all go
 * through these, so a post edited or deleted changes everywhere it is shown: as itself, as the post inside a
 * boost, as a quoted post or as a conversation's last message. Notification columns are features/notifications'
 * own feeds.
 */

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

/** Replaces `next` wherever it appears inside `status` (itself, its boost, its quote); same object if absent. */
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

/** Applies `change` to the post an item shows: itself, or a conversation's last message. */
function changeItemStatus(item: FeedItem, change: (status: Status) => Status): FeedItem {
  switch (item.kind) {
    case 'status': {
      const status = change(item.status);
      return status === item.status ? item : { ...item, status };
    }
    case 'conversation': {
      const current = item.conversation.lastStatus;
      if (!current) return item;
      const lastStatus = change(current);
      return lastStatus === current ? item : { ...item, conversation: { ...item.conversation, lastStatus } };
    }
    case 'gap':
      return item;
  }
}

const upsertInItem = (item: FeedItem, next: Status): FeedItem =>
  changeItemStatus(item, (status) => patchStatus(status, next));

/** A freshly loaded item with the account's changes still in flight on top (see `changePending`). */
export const withPendingInItem = (accountId: string | undefined, item: FeedItem): FeedItem =>
  changeItemStatus(item, (status) => withPendingChanges(accountId, status));

function removeFromItem(item: FeedItem, id: string): FeedItem | undefined {
  switch (item.kind) {
    case 'status': {
      const status = statusWithout(item.status, id);
      if (!status) return undefined;
      return status === item.status ? item : { ...item, status };
    }
    case 'conversation': {
      const current = item.conversation.lastStatus;
      if (!current) return item;
      const lastStatus = statusWithout(current, id) ?? null;
      return lastStatus === current ? item : { ...item, conversation: { ...item.conversation, lastStatus } };
    }
    case 'gap':
      return item;
  }
}

export const upsertStatus = (data: FeedData, status: Status): FeedData =>
  mapItems(data, (item) => upsertInItem(item, status));

export const removeStatus = (data: FeedData, id: string): FeedData =>
  mapItems(data, (item) => removeFromItem(item, id));
