import { describe, expect, it, vi } from 'vitest';
import { compareIds } from '../../mastodon';
import { makeStatus } from '../../test/factories';
import type { FeedData } from './feed-types';
import { applyBackfill, applyGapFill, findGap, reconcileLatest, walkNewer, type NewerPage } from './gaps';
import { flattenFeed, statusItem } from './merge';

/** A server holding posts 1..total, answering `min_id` like Mastodon: the `limit` posts right after it, newest first. */
function server(total: number, limit = 3) {
  const fetchNewer = vi.fn(async (minId: string): Promise<NewerPage> => {
    const after = Array.from({ length: total }, (_, i) => String(i + 1)).filter(
      (id) => compareIds(id, minId) > 0,
    );
    const page = after.slice(0, limit).reverse();
    return { items: page.map((id) => statusItem(makeStatus({ id }))), full: page.length === limit };
  });
  return fetchNewer;
}

const feed = (ids: string[]): FeedData => ({
  pages: [{ items: ids.map((id) => statusItem(makeStatus({ id }))), next: { maxId: ids[ids.length - 1]! } }],
  pageParams: [null],
});
const keys = (data: FeedData) => flattenFeed(data, true).map((i) => i.key);

describe('walkNewer', () => {
  it('walks forward with min_id until a short page says it caught up', async () => {
    const fetchNewer = server(8);
    const walk = await walkNewer('2', fetchNewer, 5);
    expect(walk.complete).toBe(true);
    expect(walk.reached).toBe('8');
    expect(walk.items.map((i) => i.sortId).sort(compareIds)).toEqual(['3', '4', '5', '6', '7', '8']);
    expect(fetchNewer.mock.calls.map(([minId]) => minId)).toEqual(['2', '5', '8']);
  });

  it('stops after maxPages and says so', async () => {
    const walk = await walkNewer('0', server(100), 2);
    expect(walk).toMatchObject({ complete: false, reached: '6' });
  });

  it('stops when it meets `until` (a gap’s upper side)', async () => {
    const fetchNewer = server(100);
    const walk = await walkNewer('10', fetchNewer, 10, '14');
    expect(walk).toMatchObject({ complete: true, reached: '16' });
    expect(fetchNewer).toHaveBeenCalledTimes(2);
  });
});

describe('applyBackfill', () => {
  it('merges what was missed when the walk caught up', () => {
    const data = applyBackfill(feed(['2', '1']), {
      items: ['4', '3'].map((id) => statusItem(makeStatus({ id }))),
      complete: true,
      reached: '4',
    });
    expect(keys(data)).toEqual(['s:4', 's:3', 's:2', 's:1']);
  });

  it('inserts a visible gap between the walked chunk and the newest page when too much was missed', () => {
    const walked = {
      items: ['4', '3'].map((id) => statusItem(makeStatus({ id }))),
      complete: false,
      reached: '4',
    };
    const latest = ['90', '89'].map((id) => statusItem(makeStatus({ id })));
    const data = applyBackfill(feed(['2', '1']), walked, latest);
    expect(keys(data)).toEqual(['s:90', 's:89', 'gap:4', 's:4', 's:3', 's:2', 's:1']);
    expect(findGap(data, 'gap:4')).toMatchObject({ after: '4', before: '89' });
  });

  it('needs no gap when the newest page overlaps the walk', () => {
    const walked = {
      items: ['4', '3'].map((id) => statusItem(makeStatus({ id }))),
      complete: false,
      reached: '4',
    };
    const latest = ['5', '4'].map((id) => statusItem(makeStatus({ id })));
    expect(keys(applyBackfill(feed(['2']), walked, latest))).toEqual(['s:5', 's:4', 's:3', 's:2']);
  });
});

describe('reconcileLatest', () => {
  const page = (...ids: string[]) =>
    ids.map((id) => statusItem(makeStatus({ id, content: `<p>v2 ${id}</p>` })));

  it('replaces held posts with the server’s current version and adds newer ones', () => {
    const data = reconcileLatest(feed(['3', '2', '1']), page('4', '3', '2'));
    expect(keys(data)).toEqual(['s:4', 's:3', 's:2', 's:1']);
    const contents = flattenFeed(data, true).map((item) =>
      item.kind === 'status' ? item.status.content : '',
    );
    expect(contents).toEqual(['<p>v2 4</p>', '<p>v2 3</p>', '<p>v2 2</p>', '<p>post 1</p>']);
  });

  it('drops held posts the server no longer lists inside the page’s range, and only there', () => {
    const data = reconcileLatest(feed(['6', '5', '4', '3', '2']), page('6', '4', '3'));
    expect(keys(data)).toEqual(['s:6', 's:4', 's:3', 's:2']);
  });

  it('leaves the feed alone when the server lists nothing', () => {
    const held = feed(['2', '1']);
    expect(reconcileLatest(held, [])).toBe(held);
  });
});

describe('applyGapFill', () => {
  const withGap = () => {
    const walked = { items: [statusItem(makeStatus({ id: '4' }))], complete: false, reached: '4' };
    return applyBackfill(feed(['2']), walked, [statusItem(makeStatus({ id: '20' }))]);
  };

  it('removes the gap once the missing posts are in', async () => {
    const data = withGap();
    const gap = findGap(data, 'gap:4')!;
    const walk = await walkNewer(gap.after, server(30, 10), 5, gap.before);
    const filled = applyGapFill(data, gap, walk);
    expect(findGap(filled, 'gap:4')).toBeUndefined();
    const expected = Array.from({ length: 20 }, (_, i) => `s:${24 - i}`);
    expect(keys(filled)).toEqual([...expected, 's:4', 's:2']);
  });

  it('shrinks the gap when one click was not enough', async () => {
    const data = withGap();
    const gap = findGap(data, 'gap:4')!;
    const walk = await walkNewer(gap.after, server(30, 3), 2, gap.before);
    const filled = applyGapFill(data, gap, walk);
    expect(findGap(filled, 'gap:4')).toBeUndefined();
    expect(findGap(filled, 'gap:10')).toMatchObject({ after: '10', before: '20' });
    expect(keys(filled)).toEqual(['s:20', 'gap:10', 's:10', 's:9', 's:8', 's:7', 's:6', 's:5', 's:4', 's:2']);
  });
});
