/** Events are applied in batches, so a firehose does not re-render per post. */
export const batchMs = 120;
/** Under a firehose, batches are longer: fewer, larger commits leave more frames untouched (bench "Live"). */
export const busyBatchMs = 400;
/** Events in one batch, across the deck, from which the stream counts as busy. */
export const busyEvents = 12;

const due = new Set<() => void>();
/** Columns of the current batch still waiting for their frame. */
let staggered: (() => void)[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;
let events = 0;
let busy = false;

/** The next frame, or the next task when the window is hidden (no frames are drawn then). */
const nextTurn = (run: () => void) =>
  document.visibilityState === 'visible' ? requestAnimationFrame(run) : setTimeout(run, 0);

function flushOne(): void {
  const flush = staggered.shift();
  flush?.();
  if (staggered.length > 0) nextTurn(flushOne);
}

function flushAll(): void {
  timer = undefined;
  busy = events >= busyEvents;
  events = 0;
  const starting = staggered.length === 0;
  // A column still waiting from the last batch gets this batch's events in the same flush.
  for (const flush of due) if (!staggered.includes(flush)) staggered.push(flush);
  due.clear();
  if (starting) flushOne();
}

/**
 * Runs `flush` (a column applying the stream events it has waiting) `batchMs` after the first event of a
 * batch (`busyBatchMs` while the previous batch was busy). The columns of a batch take turns, one per
 * frame: each frame then styles, lays out and paints one column's new rows, not the whole deck's. Measured
 * with `npm run bench` ("Live"): all columns at once made every batch a run of dropped frames (about 22 ms
 * of style, layout and paint plus the renders); flushing per event made the main thread far busier.
 */
export function scheduleFlush(flush: () => void): void {
  due.add(flush);
  events++;
  timer ??= setTimeout(flushAll, busy ? busyBatchMs : batchMs);
}

export function cancelFlush(flush: () => void): void {
  due.delete(flush);
  staggered = staggered.filter((waiting) => waiting !== flush);
}
