import { describe, expect, it } from 'vitest';
import type { mastodon } from '../../mastodon';
import { changedRelationship } from './relationship';

const none: mastodon.v1.Relationship = {
  id: '1',
  following: false,
  showingReblogs: true,
  notifying: false,
  languages: [],
  followedBy: false,
  blocking: false,
  blockedBy: false,
  muting: false,
  mutingNotifications: false,
  requested: false,
  domainBlocking: false,
  endorsed: false,
  requestedBy: false,
};

describe('changedRelationship (the optimistic guess)', () => {
  it('follows, or asks to follow a locked account', () => {
    expect(changedRelationship(none, { kind: 'follow', on: true }, false)).toMatchObject({
      following: true,
      requested: false,
    });
    expect(changedRelationship(none, { kind: 'follow', on: true }, true)).toMatchObject({
      following: false,
      requested: true,
    });
  });

  it('unfollowing also cancels a request and the bell', () => {
    const following = { ...none, following: true, notifying: true };
    expect(changedRelationship(following, { kind: 'follow', on: false }, false)).toMatchObject({
      following: false,
      requested: false,
      notifying: false,
    });
  });

  it('blocking ends the follow; muting hides notifications too', () => {
    expect(
      changedRelationship({ ...none, following: true }, { kind: 'block', on: true }, false),
    ).toMatchObject({
      blocking: true,
      following: false,
    });
    expect(changedRelationship(none, { kind: 'mute', on: true }, false)).toMatchObject({
      muting: true,
      mutingNotifications: true,
    });
    expect(changedRelationship(none, { kind: 'notify', on: true }, false).notifying).toBe(true);
  });
});
