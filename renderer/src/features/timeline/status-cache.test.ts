import { describe, expect, it } from 'vitest';
import { makeStatus } from '../../test/factories';
import type { FeedData, FeedItem, Status } from './feed-types';
import { conversationItem, flattenFeed, statusItem } from './merge';
import { removeStatus, upsertStatus } from './status-cache';

const feed = (items: FeedItem[]): FeedData => ({ pages: [{ items, next: null }], pageParams: [null] });
const statuses = (data: FeedData): Status[] =>
  flattenFeed(data, false).flatMap((item) => (item.kind === 'status' ? [item.status] : []));

describe('upsertStatus', () => {
  const original = makeStatus({ id: '1', content: '<p>before</p>', favourited: true });
  const edited = makeStatus({
    id: '1',
    content: '<p>after</p>',
    editedAt: '2025-01-02T00:00:00Z',
    favourited: undefined,
  });

  it('patches the post itself, the post inside a boost, and a quoted post', () => {
    const boost = makeStatus({ id: '2', reblog: original });
    const quoting = makeStatus({ id: '3', quote: { state: 'accepted', quotedStatus: original } });
    const data = feed([statusItem(original), statusItem(boost), statusItem(quoting)]);
    const [self, boosted, quoter] = statuses(upsertStatus(data, edited));
    expect(self!.content).toBe('<p>after</p>');
    expect(boosted!.reblog!.content).toBe('<p>after</p>');
    expect(boosted!.id).toBe('2');
    const quote = quoter!.quote;
    expect(quote && 'quotedStatus' in quote ? quote.quotedStatus?.content : undefined).toBe('<p>after</p>');
  });

  it('keeps what the viewer did (favourited…) when a public stream payload lacks it', () => {
    const [self] = statuses(upsertStatus(feed([statusItem(original)]), edited));
    expect(self!.favourited).toBe(true);
  });

  it('patches a conversation’s last message', () => {
    const conversation = { id: 'c', accounts: [], unread: true, lastStatus: original };
    const [c] = flattenFeed(upsertStatus(feed([conversationItem(conversation)]), edited), false);
    expect(c?.kind === 'conversation' && c.conversation.lastStatus?.content).toBe('<p>after</p>');
  });

  it('returns the same data when the post is not held', () => {
    const data = feed([statusItem(makeStatus({ id: '9' }))]);
    expect(upsertStatus(data, edited)).toBe(data);
  });
});

describe('removeStatus', () => {
  it('removes the post and every boost of it, marks quotes of it deleted', () => {
    const post = makeStatus({ id: '1' });
    const other = makeStatus({ id: '5' });
    const data = feed([
      statusItem(post),
      statusItem(makeStatus({ id: '2', reblog: post })),
      statusItem(makeStatus({ id: '3', quote: { state: 'accepted', quotedStatus: post } })),
      statusItem(other),
    ]);
    const left = statuses(removeStatus(data, '1'));
    expect(left.map((s) => s.id)).toEqual(['3', '5']);
    expect(left[0]!.quote).toEqual({ state: 'deleted', quotedStatus: null });
  });

  it('removes a boost when the boost itself is deleted (unboosted), keeping the original', () => {
    const post = makeStatus({ id: '1' });
    const data = feed([statusItem(makeStatus({ id: '2', reblog: post })), statusItem(post)]);
    expect(statuses(removeStatus(data, '2')).map((s) => s.id)).toEqual(['1']);
  });

  it('empties a conversation’s last message', () => {
    const post = makeStatus({ id: '1' });
    const data = feed([conversationItem({ id: 'c', accounts: [], unread: false, lastStatus: post })]);
    const items = flattenFeed(removeStatus(data, '1'), false);
    expect(items.map((i) => i.key)).toEqual(['c:c']);
    expect(items[0]?.kind === 'conversation' && items[0].conversation.lastStatus).toBeNull();
  });
});
