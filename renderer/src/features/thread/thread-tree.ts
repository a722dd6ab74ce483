import { compareIds, type mastodon } from '../../mastodon';
import type { ThreadData } from './thread-cache';

type Status = mastodon.v1.Status;

export interface ThreadRow {
  status: Status;
  kind: 'ancestor' | 'focused' | 'reply';
  /** Nesting level of a reply (1 = answers the focused post), capped so deep threads stay readable. */
  depth: number;
  /** Another reply at the same level follows (draws the thread line down). */
  hasSiblingBelow: boolean;
}

export const maxDepth = 5;

/**
 * The thread as rows to draw: ancestors oldest first, the focused post, then replies nested under what
 * they answer, depth first. Among siblings the author's own continuation comes first, then by time, as
 * people read a thread.
 */
export function threadRows(data: ThreadData): ThreadRow[] {
  const rows: ThreadRow[] = data.ancestors.map((status) => ({
    status,
    kind: 'ancestor',
    depth: 0,
    hasSiblingBelow: false,
  }));
  rows.push({ status: data.focused, kind: 'focused', depth: 0, hasSiblingBelow: false });
  const children = new Map<string, Status[]>();
  for (const status of data.descendants) {
    const parent = status.inReplyToId ?? data.focused.id;
    const list = children.get(parent) ?? [];
    list.push(status);
    children.set(parent, list);
  }
  const seen = new Set<string>([data.focused.id]);
  const walk = (parent: Status, depth: number) => {
    const replies = (children.get(parent.id) ?? []).sort(
      (a, b) =>
        Number(b.account.id === parent.account.id) - Number(a.account.id === parent.account.id) ||
        compareIds(a.id, b.id),
    );
    replies.forEach((reply, index) => {
      if (seen.has(reply.id)) return;
      seen.add(reply.id);
      rows.push({
        status: reply,
        kind: 'reply',
        depth: Math.min(depth, maxDepth),
        hasSiblingBelow: index < replies.length - 1,
      });
      walk(reply, depth + 1);
    });
  };
  walk(data.focused, 1);
  // Replies whose parent is not in the thread (hidden or deleted) still show, at the first level.
  for (const status of data.descendants) {
    if (seen.has(status.id)) continue;
    seen.add(status.id);
    rows.push({ status, kind: 'reply', depth: 1, hasSiblingBelow: false });
    walk(status, 2);
  }
  return rows;
}
