/** A deck column's feed: loading, streaming, merging and showing it (issue 5). */
export { ColumnFeed, type ColumnFeedProps } from './ColumnFeed';
export { prefetchColumnFeed } from './column-source';
export { focusColumnFeed } from './focus-feed';
export { useColumnUnread } from './timeline.store';
export { removeStatus, upsertStatus } from './status-cache';
export { patchAccountFeeds } from './feed-sync';
export { flushMarkers } from './timeline.markers';
export type { FeedData, FeedItem } from './feed-types';
