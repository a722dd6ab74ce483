import type { mastodon } from 'masto';
import { forbidden, notFound } from '../http/reply';
import type { FollowRecord } from '../store';
import type { World } from '../world';
import { notify } from './notify';

export function renderRelationship(w: World, viewerId: string, targetId: string): mastodon.v1.Relationship {
  const store = w.store;
  const follow = store.follow(viewerId, targetId);
  const mute = store.muting(viewerId, targetId);
  const target = store.account(targetId);
  return {
    id: targetId,
    following: follow !== undefined,
    showingReblogs: follow?.reblogs ?? false,
    notifying: follow?.notify ?? false,
    languages: follow?.languages ?? [],
    followedBy: store.isFollowing(targetId, viewerId),
    blocking: store.isBlocking(viewerId, targetId),
    blockedBy: store.isBlocking(targetId, viewerId),
    muting: mute !== undefined,
    mutingNotifications: mute?.notifications ?? false,
    requested: store.requested(viewerId, targetId) !== undefined,
    requestedBy: store.requested(targetId, viewerId) !== undefined,
    domainBlocking: target?.domain ? (store.domainBlocks.get(viewerId)?.has(target.domain) ?? false) : false,
    endorsed: store.endorsements.get(viewerId)?.has(targetId) ?? false,
    note: store.accountNotes.get(`${viewerId}:${targetId}`) ?? '',
  };
}

export interface FollowOptions {
  reblogs?: boolean;
  notify?: boolean;
  languages?: string[] | null;
  at?: number;
  silent?: boolean;
}

/** Follows (or asks to follow a locked account); updating options on an existing follow is allowed. */
export function follow(
  w: World,
  fromId: string,
  toId: string,
  o: FollowOptions = {},
): mastodon.v1.Relationship {
  const store = w.store;
  const target = store.account(toId);
  if (!target) throw notFound();
  if (fromId === toId || store.isBlocking(toId, fromId) || store.isBlocking(fromId, toId)) throw forbidden();
  const existing = store.follow(fromId, toId) ?? store.requested(fromId, toId);
  const rec: FollowRecord = {
    id: existing?.id ?? w.ids.next('follow', 3000),
    reblogs: o.reblogs ?? existing?.reblogs ?? true,
    notify: o.notify ?? existing?.notify ?? false,
    languages: o.languages === undefined ? (existing?.languages ?? null) : o.languages,
    createdAt: existing?.createdAt ?? o.at ?? w.clock.now(),
  };
  if (store.isFollowing(fromId, toId)) store.setFollow(fromId, toId, rec);
  else if (target.locked) {
    const isNew = !store.requested(fromId, toId);
    store.setRequest(fromId, toId, rec);
    if (isNew)
      notify(w, {
        recipientId: toId,
        type: 'follow_request',
        fromId,
        createdAt: rec.createdAt,
        silent: o.silent,
      });
  } else {
    store.setFollow(fromId, toId, rec);
    notify(w, { recipientId: toId, type: 'follow', fromId, createdAt: rec.createdAt, silent: o.silent });
  }
  return renderRelationship(w, fromId, toId);
}

export function unfollow(w: World, fromId: string, toId: string): mastodon.v1.Relationship {
  if (!w.store.account(toId)) throw notFound();
  w.store.unfollow(fromId, toId);
  w.store.followRequests.get(fromId)?.delete(toId);
  for (const list of w.store.lists.values()) if (list.ownerId === fromId) list.members.delete(toId);
  return renderRelationship(w, fromId, toId);
}

export function answerFollowRequest(
  w: World,
  ownerId: string,
  requesterId: string,
  accept: boolean,
): mastodon.v1.Relationship {
  const req = w.store.requested(requesterId, ownerId);
  if (!req) throw notFound();
  w.store.followRequests.get(requesterId)?.delete(ownerId);
  if (accept) w.store.setFollow(requesterId, ownerId, req);
  return renderRelationship(w, ownerId, requesterId);
}

export function block(w: World, fromId: string, toId: string, blocked: boolean): mastodon.v1.Relationship {
  if (!w.store.account(toId)) throw notFound();
  if (blocked) {
    if (fromId === toId) throw forbidden();
    w.store.setBlock(fromId, toId, w.ids.next('block', 400));
    w.store.unfollow(fromId, toId);
    w.store.unfollow(toId, fromId);
  } else w.store.blocks.get(fromId)?.delete(toId);
  return renderRelationship(w, fromId, toId);
}

export function mute(
  w: World,
  fromId: string,
  toId: string,
  muted: boolean,
  o: { notifications?: boolean; duration?: number } = {},
): mastodon.v1.Relationship {
  if (!w.store.account(toId)) throw notFound();
  if (muted) {
    if (fromId === toId) throw forbidden();
    w.store.setMute(fromId, toId, {
      id: w.store.muting(fromId, toId)?.id ?? w.ids.next('mute', 600),
      notifications: o.notifications ?? true,
      expiresAt: o.duration ? w.clock.now() + o.duration * 1000 : null,
    });
  } else w.store.mutes.get(fromId)?.delete(toId);
  return renderRelationship(w, fromId, toId);
}
