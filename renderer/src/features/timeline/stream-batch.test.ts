import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { batchMs, busyBatchMs, busyEvents, cancelFlush, eagerEvents, scheduleFlush } from './stream-batch';
import { eagerAt } from './timeline.stream';

const frame = 16;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'performance'] });
});
afterEach(async () => {
  await vi.runAllTimersAsync();
  vi.useRealTimers();
});

describe('stream batches', () => {
  it('waits a batch, then lets the columns take turns, one per frame', () => {
    const order: string[] = [];
    const columns = ['a', 'b', 'c'].map((name) => () => order.push(name));
    for (const flush of columns) scheduleFlush(flush);
    scheduleFlush(columns[0]!); // a second event for a column is the same flush
    vi.advanceTimersByTime(batchMs - 1);
    expect(order).toEqual([]);
    vi.advanceTimersByTime(frame);
    expect(order).toEqual(['a']);
    vi.advanceTimersByTime(frame);
    expect(order).toEqual(['a', 'b']);
    vi.advanceTimersByTime(frame);
    expect(order).toEqual(['a', 'b', 'c']);
  });

  it('skips a column that went away while waiting its turn', () => {
    const order: string[] = [];
    const a = () => order.push('a');
    const b = () => order.push('b');
    scheduleFlush(a);
    scheduleFlush(b);
    vi.advanceTimersByTime(batchMs);
    cancelFlush(b);
    vi.advanceTimersByTime(frame * 3);
    expect(order).toEqual(['a']);
  });

  it('gives a column its turn early once enough posts wait, so none is pushed past the drawn rows', () => {
    const busyColumn = vi.fn();
    const quietColumn = vi.fn();
    scheduleFlush(quietColumn);
    for (let i = 0; i < eagerEvents; i++) scheduleFlush(busyColumn);
    vi.advanceTimersByTime(frame);
    expect(busyColumn).toHaveBeenCalledTimes(1);
    expect(quietColumn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(batchMs);
    expect(quietColumn).toHaveBeenCalledTimes(1);
  });

  it('puts a column about to overflow before the columns that merely waited their batch', () => {
    const order: string[] = [];
    const quiet = ['a', 'b', 'c'].map((name) => () => order.push(name));
    const busy = () => order.push('busy');
    for (const flush of quiet) scheduleFlush(flush);
    vi.advanceTimersByTime(batchMs); // the batch ends: a, b, c take turns from the next frame
    for (let i = 0; i < eagerEvents; i++) scheduleFlush(busy);
    vi.advanceTimersByTime(frame * 4);
    expect(order).toEqual(['busy', 'a', 'b', 'c']);
  });

  it('gives a column of tall rows its turn sooner than one drawing many short rows', () => {
    const viewport = (drawnRows: number) => ({ atTop: true, heldFrom: undefined, drawnRows });
    expect(eagerAt(viewport(6))).toBe(4);
    expect(eagerAt(viewport(14))).toBe(eagerEvents);
    expect(eagerAt(viewport(0))).toBe(3); // before the first render
    const tall = vi.fn();
    for (let i = 0; i < eagerAt(viewport(6)); i++) scheduleFlush(tall, eagerAt(viewport(6)));
    vi.advanceTimersByTime(frame);
    expect(tall).toHaveBeenCalledTimes(1);
  });

  it('flushes a column once for events that came while it waited its turn', () => {
    const flushed = vi.fn();
    for (let i = 0; i < eagerEvents + 2; i++) scheduleFlush(flushed);
    vi.advanceTimersByTime(batchMs + frame * 3);
    expect(flushed).toHaveBeenCalledTimes(1);
  });

  it('waits longer between batches while the stream is busy, and not once it calms down', () => {
    const columns = Array.from({ length: busyEvents }, () => vi.fn());
    for (const flush of columns) scheduleFlush(flush); // one event each: none is eager
    vi.advanceTimersByTime(busyBatchMs + frame * busyEvents); // whatever the tests before left busy
    for (const flush of columns) expect(flush).toHaveBeenCalledTimes(1);
    const next = vi.fn();
    scheduleFlush(next);
    vi.advanceTimersByTime(batchMs + frame);
    expect(next).not.toHaveBeenCalled();
    vi.advanceTimersByTime(busyBatchMs - batchMs);
    expect(next).toHaveBeenCalledTimes(1);
    scheduleFlush(next);
    vi.advanceTimersByTime(batchMs + frame);
    expect(next).toHaveBeenCalledTimes(2);
  });
});
