/** Events are applied in batches, so a firehose does not re-render per post. */
export const batchMs = 120;

const due = new Set<() => void>();
let timer: ReturnType<typeof setTimeout> | undefined;

function flushAll(): void {
  timer = undefined;
  const flushes = [...due];
  due.clear();
  for (const flush of flushes) flush();
}

/**
 * Runs `flush` (a column applying the stream events it has waiting) `batchMs` after the first event of a
 * batch, together with every other column's: one wake-up per batch for the whole deck. The cache changes
 * are cheap; react-query then notifies each column in a task of its own, so React renders the columns one
 * at a time and no single task carries the whole deck's new rows. Measured with `npm run bench` ("Live"):
 * committing all columns at once made a long task of every batch; drawing one column per frame, or the rows
 * in React's background lane (useDeferredValue), halved the frame p95 but drew fewer posts live, and the
 * 10-minute soak then counted posts in the busiest columns that were never seen (see README, Performance).
 */
export function scheduleFlush(flush: () => void): void {
  due.add(flush);
  timer ??= setTimeout(flushAll, batchMs);
}

export function cancelFlush(flush: () => void): void {
  due.delete(flush);
}
