import type { mastodon } from 'masto';
import { forbidden, notFound, unprocessable } from '../http/reply';
import { canSee } from '../policy/visibility';
import { pollExpired } from '../render/poll';
import { threadRoot } from '../render/status';
import type { StatusRecord } from '../store';
import type { World } from '../world';
import { deleteStatus } from './delete-status';
import { notify } from './notify';
import { publishStatus } from './stream-events';

/** Favourites, boosts, bookmarks, pins, conversation mutes and poll votes. */

export function visibleStatus(w: World, viewerId: string | null, id: string): StatusRecord {
  const s = w.store.status(id);
  if (!s || !canSee(w, viewerId, s)) throw notFound();
  return s;
}

/** Actions on a boost apply to the boosted status, as in Mastodon. */
function target(w: World, viewerId: string, id: string): StatusRecord {
  const s = visibleStatus(w, viewerId, id);
  return s.reblogOfId ? visibleStatus(w, viewerId, s.reblogOfId) : s;
}

export function favourite(
  w: World,
  accountId: string,
  id: string,
  opts: { at?: number; silent?: boolean } = {},
): StatusRecord {
  const s = target(w, accountId, id);
  if (!w.store.isFavourited(accountId, s.id)) {
    w.store.addFavourite({ id: w.ids.next('favourite', 5000), accountId, statusId: s.id });
    notify(w, {
      recipientId: s.accountId,
      type: 'favourite',
      fromId: accountId,
      statusId: s.id,
      createdAt: opts.at,
      silent: opts.silent,
    });
  }
  return s;
}

export function unfavourite(w: World, accountId: string, id: string): StatusRecord {
  const s = target(w, accountId, id);
  w.store.removeFavourite(accountId, s.id);
  return s;
}

/** Returns the boost (whose `reblog` is the original), as POST /reblog does. */
export function reblog(
  w: World,
  accountId: string,
  id: string,
  visibility: mastodon.v1.StatusVisibility = 'public',
  opts: { at?: number; silent?: boolean } = {},
): StatusRecord {
  const s = target(w, accountId, id);
  const existing = w.store.reblogBy(accountId, s.id);
  if (existing) return existing;
  if (s.visibility === 'direct' || (s.visibility === 'private' && s.accountId !== accountId))
    throw forbidden();
  const at = opts.at ?? w.clock.now();
  const boost: StatusRecord = {
    id: w.ids.snowflake(at),
    accountId,
    createdAt: at,
    editedAt: null,
    text: '',
    html: '',
    spoilerText: '',
    sensitive: false,
    visibility: s.visibility === 'private' ? 'private' : visibility === 'direct' ? 'public' : visibility,
    language: null,
    mentionIds: [],
    tags: [],
    emojiCodes: [],
    mediaIds: [],
    pollId: null,
    card: null,
    inReplyToId: null,
    inReplyToAccountId: null,
    reblogOfId: s.id,
    quote: null,
    quotePolicy: 'nobody',
    application: w.store.account(accountId)?.domain === null ? { name: 'Web', website: null } : null,
    edits: [],
    pinned: false,
    extraFavourites: 0,
    extraReblogs: 0,
    extraReplies: 0,
    remoteUrl: null,
    translation: null,
    ephemeral: false,
  };
  w.store.addStatus(boost);
  notify(w, {
    recipientId: s.accountId,
    type: 'reblog',
    fromId: accountId,
    statusId: s.id,
    createdAt: at,
    silent: opts.silent,
  });
  if (!opts.silent) publishStatus(w, boost, 'update');
  return boost;
}

export function unreblog(w: World, accountId: string, id: string): StatusRecord {
  const s = target(w, accountId, id);
  const boost = w.store.reblogBy(accountId, s.id);
  if (boost) deleteStatus(w, boost.id);
  return s;
}

export function bookmark(w: World, accountId: string, id: string): StatusRecord {
  const s = target(w, accountId, id);
  if (!w.store.isBookmarked(accountId, s.id))
    w.store.bookmarks.push({ id: w.ids.next('bookmark', 7000), accountId, statusId: s.id });
  return s;
}

export function unbookmark(w: World, accountId: string, id: string): StatusRecord {
  const s = target(w, accountId, id);
  w.store.bookmarks = w.store.bookmarks.filter((b) => !(b.accountId === accountId && b.statusId === s.id));
  return s;
}

export function pin(w: World, accountId: string, id: string, pinned: boolean): StatusRecord {
  const s = visibleStatus(w, accountId, id);
  if (s.accountId !== accountId || s.reblogOfId)
    throw unprocessable('Validation failed: Status is not yours to pin');
  if (pinned && s.visibility === 'direct')
    throw unprocessable('Validation failed: Private mentions cannot be pinned');
  if (
    pinned &&
    [...w.store.statuses.values()].filter((x) => x.accountId === accountId && x.pinned).length >= 5 &&
    !s.pinned
  ) {
    throw unprocessable('Validation failed: You have already pinned the maximum number of posts');
  }
  s.pinned = pinned;
  return s;
}

export function muteConversation(w: World, accountId: string, id: string, muted: boolean): StatusRecord {
  const s = visibleStatus(w, accountId, id);
  const root = threadRoot(w, s).id;
  let set = w.store.mutedConversations.get(accountId);
  if (!set) w.store.mutedConversations.set(accountId, (set = new Set()));
  if (muted) set.add(root);
  else set.delete(root);
  return s;
}

export function vote(w: World, accountId: string, pollId: string, choices: number[]): void {
  const poll = w.store.polls.get(pollId);
  const s = poll ? w.store.status(poll.statusId) : undefined;
  if (!poll || !s || !canSee(w, accountId, s)) throw notFound();
  if (pollExpired(w, poll)) throw unprocessable('Validation failed: The poll has already ended');
  if (poll.votes.has(accountId))
    throw unprocessable('Validation failed: You have already voted on this poll');
  if (s.accountId === accountId) throw unprocessable('Validation failed: You cannot vote on your own poll');
  const unique = [...new Set(choices)];
  if (unique.length === 0 || unique.some((c) => !Number.isInteger(c) || c < 0 || c >= poll.options.length)) {
    throw unprocessable('Validation failed: Choice is not a valid option');
  }
  if (!poll.multiple && unique.length > 1)
    throw unprocessable('Validation failed: You can only choose one option');
  poll.votes.set(accountId, unique);
}
