import type { ListRecord, StatusRecord } from '../store';
import type { World } from '../world';
import { canSee, hasMedia, hiddenByViewer, isLocal } from './visibility';

/*
 * Which statuses belong to which feed. The REST timelines and the streaming fan-out both use these
 * predicates, so what arrives live is exactly what a refetch would show.
 */

/** A reply to someone other than the author (public feeds and home leave these out). */
function replyToOther(s: StatusRecord): boolean {
  return s.inReplyToId !== null && s.inReplyToAccountId !== s.accountId;
}

export function inHome(w: World, viewerId: string, s: StatusRecord): boolean {
  const store = w.store;
  if (!canSee(w, viewerId, s) || hiddenByViewer(w, viewerId, s)) return false;
  const own = s.accountId === viewerId;
  if (s.reblogOfId) {
    const original = store.status(s.reblogOfId);
    // Boosts of the viewer's own posts never reach their home feed.
    if (!original || original.accountId === viewerId) return false;
    if (own) return true;
    const follow = store.follow(viewerId, s.accountId);
    return follow !== undefined && follow.reblogs && !inExclusiveList(w, viewerId, s.accountId);
  }
  if (own) return true;
  const follows = store.isFollowing(viewerId, s.accountId);
  if (s.visibility === 'direct') return s.mentionIds.includes(viewerId) && follows;
  if (replyToOther(s)) {
    const target = s.inReplyToAccountId;
    if (!follows || !target || (target !== viewerId && !store.isFollowing(viewerId, target))) return false;
  }
  if (follows) return !inExclusiveList(w, viewerId, s.accountId);
  // Followed hashtags bring public posts from anyone into home (Mastodon 4.0+).
  if (s.visibility !== 'public') return false;
  const tags = store.followedTagNames(viewerId);
  return s.tags.some((t) => tags.has(t.toLowerCase()));
}

function inExclusiveList(w: World, viewerId: string, authorId: string): boolean {
  for (const list of w.store.lists.values()) {
    if (list.ownerId === viewerId && list.exclusive && list.members.has(authorId)) return true;
  }
  return false;
}

export interface PublicFeedOptions {
  local?: boolean;
  remote?: boolean;
  onlyMedia?: boolean;
}

export function inPublic(
  w: World,
  viewerId: string | null,
  s: StatusRecord,
  o: PublicFeedOptions = {},
): boolean {
  if (s.visibility !== 'public' || s.reblogOfId || replyToOther(s)) return false;
  if (o.local && !isLocal(w, s)) return false;
  if (o.remote && isLocal(w, s)) return false;
  if (o.onlyMedia && !hasMedia(w, s)) return false;
  return canSee(w, viewerId, s) && !hiddenByViewer(w, viewerId, s);
}

export interface TagFeedOptions extends PublicFeedOptions {
  any?: string[];
  all?: string[];
  none?: string[];
}

export function inTag(
  w: World,
  viewerId: string | null,
  tag: string,
  s: StatusRecord,
  o: TagFeedOptions = {},
): boolean {
  if (s.visibility !== 'public' || s.reblogOfId) return false;
  const tags = new Set(s.tags.map((t) => t.toLowerCase()));
  const wanted = [tag, ...(o.any ?? [])].map((t) => t.toLowerCase());
  if (!wanted.some((t) => tags.has(t))) return false;
  if (o.all && !o.all.every((t) => tags.has(t.toLowerCase()))) return false;
  if (o.none?.some((t) => tags.has(t.toLowerCase()))) return false;
  if (o.local && !isLocal(w, s)) return false;
  if (o.remote && isLocal(w, s)) return false;
  if (o.onlyMedia && !hasMedia(w, s)) return false;
  return canSee(w, viewerId, s) && !hiddenByViewer(w, viewerId, s);
}

export function inList(w: World, list: ListRecord, s: StatusRecord): boolean {
  if (!list.members.has(s.accountId)) return false;
  const owner = list.ownerId;
  if (!canSee(w, owner, s) || hiddenByViewer(w, owner, s)) return false;
  if (s.visibility === 'direct') return false;
  if (replyToOther(s)) {
    const target = s.inReplyToAccountId ?? '';
    switch (list.repliesPolicy) {
      case 'none':
        return false;
      case 'list':
        return target === owner || list.members.has(target);
      case 'followed':
        return target === owner || w.store.isFollowing(owner, target);
    }
  }
  return true;
}
