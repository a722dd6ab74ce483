import { withPendingChanges } from '../../mastodon';
import { patchStatus, statusWithout } from '../status';
import type { FeedData, FeedItem, Status } from './feed-types';
import { mapItems } from './merge';

/**
 * The one writer for statuses held in feeds. Stream events, (later) actions and optimistic updates all go
 * through these, so a post edited or deleted changes everywhere it is shown: as itself, as the post inside a
 * boost, as a quoted post or as a conversation's last message. Notification columns are features/notifications'
 * own feeds.
 */

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
