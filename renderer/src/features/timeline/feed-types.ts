import type { InfiniteData } from '@tanstack/react-query';
import type { Cursor, mastodon } from '../../mastodon';

export type Status = mastodon.v1.Status;
export type Conversation = mastodon.v1.Conversation;

/** What a column lists. Notification columns are features/notifications' own (grouped) feeds. */
export type FeedKind = 'statuses' | 'conversations';

/**
 * `chronological`: items sorted by id, newest first (timelines) — merged by id, streamed into.
 * `server`: the server's order (bookmarks, favourites, trending, search, conversations) — kept as paged.
 */
export type FeedOrder = 'chronological' | 'server';

export interface StatusItem {
  kind: 'status';
  key: string;
  sortId: string;
  status: Status;
}

export interface ConversationItem {
  kind: 'conversation';
  key: string;
  sortId: string;
  conversation: Conversation;
}

/**
 * Posts known to be missing between two held ones (after a long disconnect). It sits right above `after`;
 * filling walks forward from `after` with `min_id` until it meets `before`.
 */
export interface GapItem {
  kind: 'gap';
  key: string;
  sortId: string;
  /** Newest id held below the gap. */
  after: string;
  /** Oldest id held above the gap. */
  before: string;
}

export type FeedItem = StatusItem | ConversationItem | GapItem;

export interface FeedPage {
  items: FeedItem[];
  /** Cursor of the next (older) page; null at the end of the feed. */
  next: Cursor | null;
}

export type FeedData = InfiniteData<FeedPage, Cursor | null>;

/** Rules a feed applies to streamed items. */
export interface FeedRules {
  kind: FeedKind;
  order: FeedOrder;
  /** Whether a streamed status belongs here (hashtag all/none modes); default yes. */
  acceptsStatus?: (status: Status) => boolean;
}
