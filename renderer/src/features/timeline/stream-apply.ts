import type { StreamEvent } from '../../mastodon';
import { statusChangeOf } from '../status';
import type { FeedData, FeedRules } from './feed-types';
import { mergeItems, statusItem, upsertConversation } from './merge';
import { removeStatus, upsertStatus } from './status-cache';

/**
 * Applies one streaming event to one feed's cached data, purely. Edits and deletions are entity-wide: the
 * caller applies those to every feed of the account (see `entityEffect`), this function to its own feed.
 * @see https://docs.joinmastodon.org/methods/streaming/#events
 */
export function applyStreamEvent(
  data: FeedData | undefined,
  event: StreamEvent,
  rules: FeedRules,
): FeedData | undefined {
  if (!data) return data;
  switch (event.event) {
    case 'update':
      if (rules.kind !== 'statuses' || rules.order !== 'chronological') return data;
      if (rules.acceptsStatus && !rules.acceptsStatus(event.payload)) return data;
      return mergeItems(data, [statusItem(event.payload)]);
    case 'status.update':
      return upsertStatus(data, event.payload);
    case 'delete':
      return removeStatus(data, event.payload);
    case 'conversation':
      return rules.kind === 'conversations' ? upsertConversation(data, event.payload) : data;
    default:
      // filters_changed: whole feeds go stale (see `staleFeedsAfter`). Notifications (on the user stream
      // with home) are features/notifications' to show; announcements are not shown in columns.
      return data;
  }
}

/** Applies a batch in order (the hub hands over every event, not only the latest). */
export function applyStreamEvents(
  data: FeedData | undefined,
  events: readonly StreamEvent[],
  rules: FeedRules,
): FeedData | undefined {
  return events.reduce<FeedData | undefined>((acc, event) => applyStreamEvent(acc, event, rules), data);
}

/** Edits and deletions change a post everywhere the account shows it, not only in the column that heard it. */
export function entityEffect(event: StreamEvent): ((data: FeedData) => FeedData) | undefined {
  const change = statusChangeOf(event);
  if (!change) return undefined;
  return change.kind === 'updated'
    ? (data) => upsertStatus(data, change.status)
    : (data) => removeStatus(data, change.statusId);
}

/** Events after which cached feeds must be fetched again rather than patched. */
export function staleFeedsAfter(event: StreamEvent): 'all' | undefined {
  return event.event === 'filters_changed' ? 'all' : undefined;
}
