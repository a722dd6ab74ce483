import type { mastodon } from '../../mastodon';

type Status = mastodon.v1.Status;

/** The toggles a reader flips on a post; each is on or off for the acting account. */
export type StatusActionKind = 'favourite' | 'boost' | 'bookmark' | 'pin' | 'muteConversation';

export interface StatusToggle {
  kind: StatusActionKind;
  /** True to favourite / boost / bookmark / pin / mute; false to undo it. */
  on: boolean;
}

/** Whether the toggle is currently on for the account that sees `post`. */
export function isOn(post: Status, kind: StatusActionKind): boolean {
  switch (kind) {
    case 'favourite':
      return post.favourited === true;
    case 'boost':
      return post.reblogged === true;
    case 'bookmark':
      return post.bookmarked === true;
    case 'pin':
      return post.pinned === true;
    case 'muteConversation':
      return post.muted === true;
  }
}

const bump = (count: number, on: boolean) => Math.max(0, count + (on ? 1 : -1));

/**
 * The post as it will look once the server agrees: the flag flipped and its count moved. Pure, so the
 * optimistic update and its rollback are the same function applied to the same snapshot.
 */
export function toggled(post: Status, toggle: StatusToggle): Status {
  if (isOn(post, toggle.kind) === toggle.on) return post;
  switch (toggle.kind) {
    case 'favourite':
      return { ...post, favourited: toggle.on, favouritesCount: bump(post.favouritesCount, toggle.on) };
    case 'boost':
      return { ...post, reblogged: toggle.on, reblogsCount: bump(post.reblogsCount, toggle.on) };
    case 'bookmark':
      return { ...post, bookmarked: toggle.on };
    case 'pin':
      return { ...post, pinned: toggle.on };
    case 'muteConversation':
      return { ...post, muted: toggle.on };
  }
}

/**
 * The request for a toggle, on the acting account's client. A boost answers with the new boost wrapping the
 * post; everything else answers with the post itself, so callers keep `result.reblog ?? result`.
 * @see https://docs.joinmastodon.org/methods/statuses/
 */
export function toggleRequest(rest: mastodon.rest.Client, id: string, toggle: StatusToggle): Promise<Status> {
  const status = rest.v1.statuses.$select(id);
  switch (toggle.kind) {
    case 'favourite':
      return toggle.on ? status.favourite() : status.unfavourite();
    case 'boost':
      return toggle.on ? status.reblog() : status.unreblog();
    case 'bookmark':
      return toggle.on ? status.bookmark() : status.unbookmark();
    case 'pin':
      return toggle.on ? status.pin() : status.unpin();
    case 'muteConversation':
      return toggle.on ? status.mute() : status.unmute();
  }
}

/** The post a server answer describes (a boost comes back wrapped). */
export const answeredPost = (answer: Status): Status => answer.reblog ?? answer;

/** Whether the viewer may quote this post (Mastodon 4.5 quote approval; `unknown` counts as denied). */
export function canQuote(post: Status): boolean {
  if (post.visibility !== 'public' && post.visibility !== 'unlisted') return false;
  const policy = post.quoteApproval?.currentUser;
  return policy === 'automatic' || policy === 'manual';
}

/** Public and quiet posts can be boosted; a followers-only post only by its author, to the same audience. */
export const canBoost = (post: Status, own: boolean): boolean =>
  post.visibility === 'public' || post.visibility === 'unlisted' || (own && post.visibility === 'private');
