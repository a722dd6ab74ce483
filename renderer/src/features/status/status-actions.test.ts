import { describe, expect, it, vi } from 'vitest';
import type { mastodon } from '../../mastodon';
import { makeStatus } from '../../test/factories';
import { answeredPost, canBoost, canQuote, isOn, toggled, toggleRequest } from './status-actions';

describe('toggled (the optimistic guess)', () => {
  it('flips the flag and moves the count', () => {
    const post = makeStatus({ favourited: false, favouritesCount: 4, reblogged: true, reblogsCount: 1 });
    expect(toggled(post, { kind: 'favourite', on: true })).toMatchObject({
      favourited: true,
      favouritesCount: 5,
    });
    expect(toggled(post, { kind: 'boost', on: false })).toMatchObject({ reblogged: false, reblogsCount: 0 });
    expect(toggled(post, { kind: 'bookmark', on: true }).bookmarked).toBe(true);
    expect(toggled(post, { kind: 'pin', on: true }).pinned).toBe(true);
    expect(toggled(post, { kind: 'muteConversation', on: true }).muted).toBe(true);
  });

  it('leaves a post alone when the toggle is already where it is asked to be', () => {
    const post = makeStatus({ favourited: true, favouritesCount: 1 });
    expect(toggled(post, { kind: 'favourite', on: true })).toBe(post);
  });

  it('never counts below zero (a stale count from another server)', () => {
    const post = makeStatus({ reblogged: true, reblogsCount: 0 });
    expect(toggled(post, { kind: 'boost', on: false }).reblogsCount).toBe(0);
  });

  it('reads what is on', () => {
    const post = makeStatus({ bookmarked: true, muted: null });
    expect(isOn(post, 'bookmark')).toBe(true);
    expect(isOn(post, 'muteConversation')).toBe(false);
  });
});

describe('requests and answers', () => {
  it('calls the matching endpoint on the acting account’s client', async () => {
    const calls: string[] = [];
    const endpoint = (name: string) => vi.fn(async () => (calls.push(name), makeStatus()));
    const selected = Object.fromEntries(
      [
        'favourite',
        'unfavourite',
        'reblog',
        'unreblog',
        'bookmark',
        'unbookmark',
        'pin',
        'unpin',
        'mute',
        'unmute',
      ].map((name) => [name, endpoint(name)]),
    );
    const rest = { v1: { statuses: { $select: vi.fn(() => selected) } } } as unknown as mastodon.rest.Client;
    await toggleRequest(rest, '1', { kind: 'favourite', on: true });
    await toggleRequest(rest, '1', { kind: 'boost', on: false });
    await toggleRequest(rest, '1', { kind: 'muteConversation', on: true });
    await toggleRequest(rest, '1', { kind: 'pin', on: false });
    expect(calls).toEqual(['favourite', 'unreblog', 'mute', 'unpin']);
  });

  it('unwraps a boost’s answer to the boosted post', () => {
    const post = makeStatus({ reblogged: true });
    expect(answeredPost(makeStatus({ reblog: post }))).toBe(post);
    expect(answeredPost(post)).toBe(post);
  });
});

describe('what may be done', () => {
  it('quotes only public or quiet posts whose policy lets the reader (unknown counts as denied)', () => {
    const quotable = (currentUser: string, visibility: mastodon.v1.StatusVisibility = 'public') =>
      canQuote(
        makeStatus({ visibility, quoteApproval: { automatic: [], manual: [], currentUser } as never }),
      );
    expect(quotable('automatic')).toBe(true);
    expect(quotable('manual')).toBe(true);
    expect(quotable('denied')).toBe(false);
    expect(quotable('unknown')).toBe(false);
    expect(quotable('automatic', 'private')).toBe(false);
  });

  it('boosts followers-only posts only when they are one’s own', () => {
    expect(canBoost(makeStatus({ visibility: 'private' }), false)).toBe(false);
    expect(canBoost(makeStatus({ visibility: 'private' }), true)).toBe(true);
    expect(canBoost(makeStatus({ visibility: 'direct' }), true)).toBe(false);
    expect(canBoost(makeStatus({ visibility: 'unlisted' }), false)).toBe(true);
  });
});
