/** Events are applied in batches, so a firehose does not re-render per post. */
export const batchMs = 120;
/** Under a firehose, batches are longer: fewer commits leave more frames untouched (bench "Live"). */
export const busyBatchMs = 250;
/** Events in one batch, across the deck, from which the stream counts as busy. */
export const busyEvents = 12;
/**
 * A column with this many events waiting takes its turn without waiting for the batch (fewer when it draws
 * fewer rows: see `eagerAt` in timeline.stream.ts): more new posts at once than the rows drawn at the top of
 * a column would push some below them, never shown (bench "Soak").
 */
export const eagerEvents = 8;

/** Columns in the current batch, with how many events each has waiting. */
const waiting = new Map<() => void, number>();
/** Columns whose turn has come, first first; one flushes per frame. */
let turns: (() => void)[] = [];
let turnPending = false;
let timer: ReturnType<typeof setTimeout> | undefined;
let events = 0;
let busy = false;

/** The next frame, or the next task when the window is hidden (no frames are drawn then). */
const nextTurn = (run: () => void) =>
  document.visibilityState === 'visible' ? requestAnimationFrame(run) : setTimeout(run, 0);

function flushOne(): void {
  turnPending = false;
  turns.shift()?.();
  if (turns.length > 0 && !turnPending) {
    turnPending = true;
    nextTurn(flushOne);
  }
}

/** `first`: a column whose posts would overflow its drawn rows goes before those that merely waited. */
function takeTurn(flush: () => void, first = false): void {
  waiting.delete(flush);
  if (!turns.includes(flush)) {
    if (first) turns.unshift(flush);
    else turns.push(flush);
  }
  if (!turnPending) {
    turnPending = true;
    nextTurn(flushOne);
  }
}

function endBatch(): void {
  timer = undefined;
  busy = events >= busyEvents;
  events = 0;
  for (const flush of [...waiting.keys()]) takeTurn(flush);
}

/**
 * Runs `flush` (a column applying the stream events it has waiting) after the batch its first event
 * opened (`batchMs`, or `busyBatchMs` while the last batch was busy), or sooner once it holds `eagerAt`.
 * Columns take turns, one per animation frame, so each frame styles, lays out and paints one column's new
 * rows. Measured with `npm run bench` ("Live", 100 posts/s over six columns, 3 × 30 s): the whole deck in
 * one task dropped one or two frames per batch (p95 33–50 ms); one column per frame with 120 ms batches kept
 * the main thread 77% busy; as here, p95 16.8 ms at 57–72% busy (51–56% since the cards' icons stopped
 * costing layerize time). Early turns cost main-thread time: at 6
 * waiting events, or moving a column up the line whenever its posts piled up while it waited, the p95 was
 * 33 ms at ~70% busy.
 */
export function scheduleFlush(flush: () => void, eagerAt = eagerEvents): void {
  events++;
  if (turns.includes(flush)) return; // its turn is coming: this event goes with it
  const count = (waiting.get(flush) ?? 0) + 1;
  if (count >= eagerAt) {
    takeTurn(flush, true);
    return;
  }
  waiting.set(flush, count);
  timer ??= setTimeout(endBatch, busy ? busyBatchMs : batchMs);
}

export function cancelFlush(flush: () => void): void {
  waiting.delete(flush);
  turns = turns.filter((waitingTurn) => waitingTurn !== flush);
}
