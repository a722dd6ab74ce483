import { describe, expect, it } from 'vitest';
import type { StreamEvent } from '../../mastodon';
import { makeNotification, makeStatus } from '../../test/factories';
import type { FeedData, FeedRules } from './feed-types';
import { applyStreamEvent, applyStreamEvents, entityEffect, staleFeedsAfter } from './stream-apply';
import { flattenFeed, statusItem } from './merge';

const home: FeedRules = { kind: 'statuses', order: 'chronological' };
const conversations: FeedRules = { kind: 'conversations', order: 'server' };
const feed = (...ids: string[]): FeedData => ({
  pages: [
    { items: ids.map((id) => statusItem(makeStatus({ id }))), next: { maxId: ids[ids.length - 1] ?? '0' } },
  ],
  pageParams: [null],
});
const keys = (data: FeedData | undefined) => flattenFeed(data, true).map((i) => i.key);
const event = <E extends StreamEvent['event']>(
  name: E,
  payload: Extract<StreamEvent, { event: E }>['payload'],
) => ({ stream: ['user'], event: name, payload }) as StreamEvent;

describe('applyStreamEvent', () => {
  it('update: inserts a new post on top, once even if the event repeats', () => {
    const post = makeStatus({ id: '30' });
    const once = applyStreamEvent(feed('20', '10'), event('update', post), home);
    const twice = applyStreamEvent(once, event('update', post), home);
    expect(keys(twice)).toEqual(['s:30', 's:20', 's:10']);
  });

  it('update: respects the feed’s own rules (hashtag all/none, conversations)', () => {
    const post = makeStatus({ id: '30' });
    const picky: FeedRules = { ...home, acceptsStatus: () => false };
    expect(keys(applyStreamEvent(feed('20'), event('update', post), picky))).toEqual(['s:20']);
    const data = feed('20');
    expect(applyStreamEvent(data, event('update', post), conversations)).toBe(data);
  });

  it('status.update and delete patch in place', () => {
    const edited = makeStatus({ id: '20', content: '<p>edited</p>' });
    const patched = applyStreamEvent(feed('20', '10'), event('status.update', edited), home);
    const first = flattenFeed(patched, true)[0];
    expect(first?.kind === 'status' && first.status.content).toBe('<p>edited</p>');
    expect(keys(applyStreamEvent(patched, event('delete', '20'), home))).toEqual(['s:10']);
  });

  it('notification: left to the notification columns, also when it arrives on the home column’s stream', () => {
    const data = feed('20');
    expect(applyStreamEvent(data, event('notification', makeNotification({ id: '7' })), home)).toBe(data);
  });

  it('leaves an unloaded feed alone and ignores events that do not patch feeds', () => {
    expect(applyStreamEvent(undefined, event('update', makeStatus()), home)).toBeUndefined();
    const data = feed('1');
    expect(
      applyStreamEvent(data, { stream: ['user'], event: 'filters_changed', payload: undefined }, home),
    ).toBe(data);
  });

  it('applies a batch in order: an update then its deletion leaves nothing', () => {
    const post = makeStatus({ id: '30' });
    expect(keys(applyStreamEvents(feed('10'), [event('update', post), event('delete', '30')], home))).toEqual(
      ['s:10'],
    );
  });
});

describe('entity-wide effects', () => {
  it('edits and deletes reach every feed; filters_changed makes feeds stale', () => {
    expect(entityEffect(event('delete', '1'))).toBeTypeOf('function');
    expect(entityEffect(event('update', makeStatus()))).toBeUndefined();
    expect(staleFeedsAfter({ stream: ['user'], event: 'filters_changed', payload: undefined })).toBe('all');
    expect(
      staleFeedsAfter({ stream: ['user'], event: 'notifications_merged', payload: undefined }),
    ).toBeUndefined();
  });
});
