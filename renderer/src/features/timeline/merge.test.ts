import { describe, expect, it } from 'vitest';
import { makeStatus } from '../../test/factories';
import type { FeedData, FeedItem, FeedPage } from './feed-types';
import {
  capNewer,
  flattenFeed,
  gapItem,
  mergeItems,
  newestSortId,
  statusItem,
  trimFeed,
  upsertConversation,
  conversationItem,
} from './merge';

const s = (id: string) => statusItem(makeStatus({ id }));
const page = (ids: string[], next: FeedPage['next'] = { maxId: ids[ids.length - 1]! }): FeedPage => ({
  items: ids.map(s),
  next,
});
const feed = (...pages: FeedPage[]): FeedData => ({
  pages,
  pageParams: pages.map((_, i) => (i === 0 ? null : { maxId: String(i) })),
});
const ids = (data: FeedData) => flattenFeed(data, true).map((item) => item.sortId);

describe('mergeItems', () => {
  it('puts newer items on top and keeps strict newest-first order, comparing ids by length then text', () => {
    const data = feed(page(['99', '98', '90']));
    const merged = mergeItems(data, [s('100'), s('95'), s('101')]);
    expect(ids(merged)).toEqual(['101', '100', '99', '98', '95', '90']);
    expect(merged.pages[0]!.items.map((i) => i.sortId)).toEqual(['101', '100', '99', '98', '95', '90']);
  });

  it('places an item inside the page whose range covers it', () => {
    const data = feed(page(['50', '40']), page(['30', '20']));
    const merged = mergeItems(data, [s('25')]);
    expect(merged.pages[0]!.items.map((i) => i.sortId)).toEqual(['50', '40']);
    expect(merged.pages[1]!.items.map((i) => i.sortId)).toEqual(['30', '25', '20']);
    expect(merged.pages[0]).toBe(data.pages[0]);
  });

  it('replaces an item with the same key in place (an upsert) instead of duplicating it', () => {
    const data = feed(page(['3', '2', '1']));
    const edited = statusItem(makeStatus({ id: '2', content: '<p>edited</p>' }));
    const merged = mergeItems(data, [edited]);
    expect(ids(merged)).toEqual(['3', '2', '1']);
    expect(merged.pages[0]!.items[1]).toBe(edited);
  });

  it('drops items older than everything while older pages remain, keeps them at the end of the feed', () => {
    expect(ids(mergeItems(feed(page(['30', '20'])), [s('10')]))).toEqual(['30', '20']);
    expect(ids(mergeItems(feed(page(['30', '20'], null)), [s('10')]))).toEqual(['30', '20', '10']);
  });

  it('fills an empty feed and returns the same object when nothing changes', () => {
    const empty = feed({ items: [], next: null });
    expect(ids(mergeItems(empty, [s('2'), s('1')]))).toEqual(['2', '1']);
    const data = feed(page(['1']));
    expect(mergeItems(data, [])).toBe(data);
  });

  it('sorts a gap right above the item it starts after', () => {
    const data = feed(page(['90', '10']));
    const merged = mergeItems(data, [gapItem('10', '90')]);
    expect(flattenFeed(merged, true).map((i) => i.key)).toEqual(['s:90', 'gap:10', 's:10']);
  });
});

describe('flattenFeed', () => {
  it('lists every key once across pages', () => {
    const data = feed(page(['5', '4']), page(['4', '3']));
    expect(ids(data)).toEqual(['5', '4', '3']);
  });
});

describe('newestSortId', () => {
  it('is the greatest id held, ignoring gaps', () => {
    const data: FeedData = feed({
      items: [gapItem('999', '1000'), s('8'), s('10')] as FeedItem[],
      next: null,
    });
    expect(newestSortId(data)).toBe('10');
    expect(newestSortId(undefined)).toBeUndefined();
  });
});

describe('trimFeed', () => {
  it('drops whole pages past the cap and cuts the page the cap falls in, moving its cursor', () => {
    const data = feed(page(['9', '8', '7']), page(['6', '5', '4']), page(['3', '2', '1']));
    const trimmed = trimFeed(data, 5, true);
    expect(ids(trimmed)).toEqual(['9', '8', '7', '6', '5']);
    expect(trimmed.pages).toHaveLength(2);
    expect(trimmed.pageParams).toHaveLength(2);
    expect(trimmed.pages[1]!.next).toEqual({ maxId: '5' });
  });

  it('only drops whole pages when pages cannot be cut (opaque cursors)', () => {
    const data = feed(page(['9', '8', '7']), page(['6', '5', '4']), page(['3', '2', '1']));
    const trimmed = trimFeed(data, 5, false);
    expect(ids(trimmed)).toEqual(['9', '8', '7']);
    expect(trimmed.pages[0]!.next).toEqual({ maxId: '7' });
  });

  it('keeps everything under the cap untouched', () => {
    const data = feed(page(['2', '1']));
    expect(trimFeed(data, 10, true)).toBe(data);
  });

  it('bounds a page that grew from live posts alone', () => {
    const many = Array.from({ length: 50 }, (_, i) => String(1000 - i));
    const trimmed = trimFeed(feed(page(many)), 20, true);
    expect(flattenFeed(trimmed, true)).toHaveLength(20);
    expect(trimmed.pages[0]!.next).toEqual({ maxId: '981' });
  });
});

describe('upsertConversation', () => {
  it('moves a conversation with a new message to the top', () => {
    const a = { id: 'a', accounts: [], unread: false, lastStatus: makeStatus({ id: '10' }) };
    const b = { id: 'b', accounts: [], unread: false, lastStatus: makeStatus({ id: '20' }) };
    const data = feed({ items: [conversationItem(b), conversationItem(a)], next: null });
    const updated = upsertConversation(data, { ...a, unread: true, lastStatus: makeStatus({ id: '30' }) });
    expect(flattenFeed(updated, false).map((i) => i.key)).toEqual(['c:a', 'c:b']);
  });
});

describe('capNewer', () => {
  it('keeps the newest posts held above a reader and turns the rest into a gap', () => {
    const data = feed(page(['30', '29', '28', '27', '26', '25', '20', '19']));
    const capped = capNewer(data, '20', 3);
    expect(flattenFeed(capped, true).map((i) => i.key)).toEqual([
      's:30',
      's:29',
      's:28',
      'gap:20',
      's:20',
      's:19',
    ]);
    expect(capped.pages[0]!.items.find((i) => i.kind === 'gap')).toMatchObject({ after: '20', before: '28' });
  });

  it('replaces an older gap inside the dropped stretch, and leaves small piles alone', () => {
    const data = mergeItems(feed(page(['30', '29', '28', '27', '20'])), [gapItem('27', '28')]);
    const capped = capNewer(data, '20', 2);
    expect(flattenFeed(capped, true).map((i) => i.key)).toEqual(['s:30', 's:29', 'gap:20', 's:20']);
    const small = feed(page(['22', '21', '20']));
    expect(capNewer(small, '20', 5)).toBe(small);
  });
});
