import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { batchMs, busyBatchMs, busyEvents, cancelFlush, scheduleFlush } from './stream-batch';

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
    vi.advanceTimersByTime(1);
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

  it('waits longer between batches while the stream is busy, and not once it calms down', () => {
    const flushed = vi.fn();
    for (let i = 0; i < busyEvents; i++) scheduleFlush(flushed);
    vi.advanceTimersByTime(batchMs);
    expect(flushed).toHaveBeenCalledTimes(1);
    scheduleFlush(flushed);
    vi.advanceTimersByTime(batchMs);
    expect(flushed).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(busyBatchMs - batchMs);
    expect(flushed).toHaveBeenCalledTimes(2);
    scheduleFlush(flushed);
    vi.advanceTimersByTime(batchMs);
    expect(flushed).toHaveBeenCalledTimes(3);
  });
});
