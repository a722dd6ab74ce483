import type { Column, ColumnType } from '../../../../electron/ipc/types/deck';
import type { mastodon } from '../../mastodon';
import { activeFilterResults, showVerdict, verdictOf, type FilterVerdict } from '../status';
import type { FeedItem, Status } from './feed-types';
import { contentOf } from './merge';

export type FilterContext = mastodon.v2.FilterContext;
export type { FilterVerdict };

const show: FilterVerdict = showVerdict;

/** Which filter context a column type is read in, as Mastodon's web UI applies them. */
export function filterContextFor(type: ColumnType): FilterContext | undefined {
  switch (type) {
    case 'home':
    case 'list':
      return 'home';
    case 'local':
    case 'federated':
    case 'remote':
    case 'hashtag':
    case 'trending':
    case 'public-instance':
      return 'public';
    case 'profile':
      return 'account';
    default:
      // Bookmarks, favourites, search results and private conversations are what the user chose to see.
      return undefined;
  }
}

/**
 * The server attaches every matching filter whatever its context; the client keeps those for this context
 * that have not expired. A boost is judged by its own results and the boosted post's.
 */
export function filterVerdict(
  status: Status,
  context: FilterContext | undefined,
  now: number,
): FilterVerdict {
  if (!context) return show;
  return verdictOf([
    ...activeFilterResults(status.filtered ?? [], context, now),
    ...activeFilterResults(status.reblog?.filtered ?? [], context, now),
  ]);
}

/** The column's own options: hide boosts, hide replies (to others), media only. */
export function passesColumnOptions(status: Status, options: Column['options']): boolean {
  if (options.hideBoosts && status.reblog) return false;
  const content = contentOf(status);
  if (options.hideReplies && content.inReplyToId && content.inReplyToAccountId !== content.account.id)
    return false;
  if (options.mediaOnly && content.mediaAttachments.length === 0) return false;
  return true;
}

/** An item as the list shows it. */
export interface FeedRow {
  key: string;
  sortId: string;
  item: FeedItem;
  verdict: FilterVerdict;
}

export interface RowContext {
  context: FilterContext | undefined;
  options: Column['options'];
  now: number;
}

/**
 * The rows a column shows: column options and `hide` filters applied, and a post boosted several times
 * shown once (its first appearance, i.e. the newest).
 */
export function visibleRows(items: readonly FeedItem[], { context, options, now }: RowContext): FeedRow[] {
  const rows: FeedRow[] = [];
  const shownPosts = new Set<string>();
  for (const item of items) {
    let verdict: FilterVerdict = show;
    if (item.kind === 'status') {
      if (!passesColumnOptions(item.status, options)) continue;
      verdict = filterVerdict(item.status, context, now);
      if (verdict.action === 'hide') continue;
      const postId = contentOf(item.status).id;
      if (shownPosts.has(postId)) continue;
      shownPosts.add(postId);
    }
    rows.push({ key: item.key, sortId: item.sortId, item, verdict });
  }
  return rows;
}
