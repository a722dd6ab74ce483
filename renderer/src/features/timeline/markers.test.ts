import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeStatus } from '../../test/factories';
import { visibleRows } from './filters';
import { MarkerSync, markerTimelineFor, readPosition, unreadCount, type MarkerItem } from './markers';
import { gapItem, statusItem } from './merge';
import { resumePageCap, resumePoint } from './resume';

const rows = (ids: string[]) =>
  visibleRows(
    ids.map((id) => (id.startsWith('gap') ? gapItem(id.slice(3), '999') : statusItem(makeStatus({ id })))),
    { context: undefined, options: {}, now: 0 },
  );

describe('unread counts and read position', () => {
  it('counts rows newer than the read position, not gaps; nothing when the position is unknown', () => {
    expect(unreadCount(rows(['12', '11', 'gap10', '10', '9']), '10')).toBe(2);
    expect(unreadCount(rows(['12']), undefined)).toBe(0);
  });

  it('only moves forward', () => {
    expect(readPosition('100', '99', undefined, '1000')).toBe('1000');
    expect(readPosition(undefined, undefined)).toBeUndefined();
  });

  it('has a server marker for home only (notifications keep theirs in features/notifications)', () => {
    expect(markerTimelineFor('home')).toBe('home');
    expect(markerTimelineFor('notifications')).toBeUndefined();
    expect(markerTimelineFor('list')).toBeUndefined();
  });
});

describe('MarkerSync', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const marker = (lastReadId: string, version: number): MarkerItem => ({
    lastReadId,
    version,
    updatedAt: '',
  });
  const conflict = new Error('409');

  it('debounces writes and never moves the marker backwards', async () => {
    const save = vi.fn(async (id: string) => marker(id, 2));
    const sync = new MarkerSync({
      fetch: async () => marker('50', 1),
      save,
      isConflict: () => false,
      delayMs: 1000,
    });
    await sync.refresh();
    sync.propose('40');
    sync.propose('60');
    sync.propose('70');
    sync.propose('65');
    await vi.advanceTimersByTimeAsync(1000);
    expect(save.mock.calls).toEqual([['70']]);
    expect(sync.current).toEqual(marker('70', 2));
  });

  it('on a 409, re-reads the marker and writes again only if ours is still newer', async () => {
    const fetch = vi.fn(async () => marker('80', 5));
    const save = vi.fn().mockRejectedValueOnce(conflict).mockResolvedValueOnce(marker('90', 6));
    const sync = new MarkerSync({ fetch, save, isConflict: (e) => e === conflict, delayMs: 10 });
    sync.propose('90');
    await vi.advanceTimersByTimeAsync(10);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledTimes(2);
    expect(sync.current?.lastReadId).toBe('90');
  });

  it('on a 409 where another client read further, keeps theirs', async () => {
    const fetch = vi.fn(async () => marker('95', 5));
    const save = vi.fn().mockRejectedValue(conflict);
    const known: MarkerItem[] = [];
    const sync = new MarkerSync({
      fetch,
      save,
      isConflict: () => true,
      delayMs: 10,
      onKnown: (m) => known.push(m),
    });
    sync.propose('90');
    await vi.advanceTimersByTimeAsync(10);
    expect(save).toHaveBeenCalledTimes(1);
    expect(known).toEqual([marker('95', 5)]);
  });
});

describe('where a column opens', () => {
  it('at the top when it was never read here, or nothing came in since', () => {
    expect(resumePoint(undefined, rows(['12', '11']), 1, true)).toEqual({ kind: 'top' });
    expect(resumePoint('12', rows(['12', '11']), 1, true)).toEqual({ kind: 'top' });
    expect(resumePoint('13', rows(['12', '11']), 1, true)).toEqual({ kind: 'top' });
  });

  it('from the last post read when newer ones came in, even if that post is gone since', () => {
    expect(resumePoint('11', rows(['13', '12', '11', '10']), 1, true)).toEqual({
      kind: 'from',
      readId: '11',
    });
    expect(resumePoint('11', rows(['13', '12', '10']), 1, true)).toEqual({ kind: 'from', readId: '11' });
  });

  it('reads another page while every post loaded is newer, up to the cap; past it the place is lost', () => {
    expect(resumePoint('5', rows(['13', '12', 'gap11']), 1, true)).toEqual({ kind: 'more' });
    expect(resumePoint('5', rows(['13', '12']), resumePageCap, true)).toEqual({ kind: 'lost' });
    expect(resumePoint('5', rows(['13', '12']), 1, false)).toEqual({ kind: 'lost' });
  });
});
