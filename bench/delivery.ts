import type { FakeInstance } from '../e2e/fake-instance';
import type { BenchColumn } from './decks';
import { ratesPerInstance, firehoseTargets } from './decks';
import type { BenchPage } from './session';
import { sleep, waitFor } from './session';
import type { StreamWitness } from './witness';

export interface Delivery {
  sent: number;
  delivered: number;
  /** Of the delivered: not drawn while live (a batch pushed it below the drawn rows at once), found by
   * scrolling down the column afterwards — in what it held, or in the older pages it loads. */
  belowWindow: number;
  /** Streamed, but hidden in the column by the account's own filters (not expected there). */
  hidden: number;
  /** Not drawn live, not found by scrolling, and since dropped by the fake server (its firehose keeps only
   * its newest 5,000 posts), so nobody can tell: left out of `sent`. */
  unverifiable: number;
  lost: number;
  /** Per column: [delivered, sent]. */
  columns: Record<string, [number, number]>;
  /** Per column that had posts not drawn live: how the census after the firehose went there. */
  census?: Record<string, CensusRun>;
}

/**
 * Which sent posts reached their column (keys are `s:<id>`): drawn in its DOM while live or, for those a
 * batch pushed past the drawn rows at once, found when scrolling down the column afterwards.
 */
export function delivery(
  columns: readonly BenchColumn[],
  witness: StreamWitness,
  page: BenchPage,
  listed: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
  gone: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): Delivery {
  const result: Delivery = {
    sent: 0,
    delivered: 0,
    belowWindow: 0,
    hidden: 0,
    unverifiable: 0,
    lost: 0,
    columns: {},
  };
  for (const { column, stream } of columns) {
    if (!stream) continue;
    const sent = witness.sentTo(column.id);
    const seen = page.sighted.get(column.id) ?? new Set<string>();
    const inList = listed.get(column.id) ?? new Set<string>();
    const dropped = gone.get(column.id) ?? new Set<string>();
    let delivered = 0;
    for (const id of sent) {
      if (seen.has(`s:${id}`)) delivered++;
      else if (inList.has(`s:${id}`)) {
        delivered++;
        result.belowWindow++;
      }
    }
    result.columns[column.id] = [delivered, sent.size - dropped.size];
    result.hidden += witness.hiddenIn(column.id);
    result.unverifiable += dropped.size;
    result.sent += sent.size - dropped.size;
    result.delivered += delivered;
  }
  result.lost = result.sent - result.delivered;
  return result;
}

/**
 * Scrolls a column down the way a reader would — through what it holds, and through older pages as they
 * load — until it has passed the post `below` (or nothing new loads for 3 s, or `limitMs` is over), and
 * returns the keys of every row it passed; then back to the top. A gap row is never filled. Runs in the page.
 */
function listColumn({
  columnId,
  below,
  limitMs,
}: {
  columnId: string;
  below: string;
  limitMs: number;
}): Promise<string[]> {
  const scroller = document.querySelector<HTMLElement>(`[data-column-id="${columnId}"] .timeline-scroll`);
  if (!scroller) return Promise.resolve([]);
  const older = (a: string, b: string) => a.length < b.length || (a.length === b.length && a < b);
  const keys = new Set<string>();
  const began = performance.now();
  let movedAt = began;
  return new Promise((resolve) => {
    const frame = (now: number) => {
      let passed = false;
      for (const row of scroller.querySelectorAll('article[data-key]')) {
        const key = row.getAttribute('data-key')!;
        keys.add(key);
        if (key.startsWith('s:') && older(key.slice(2), below)) passed = true;
      }
      const before = scroller.scrollTop;
      // One viewport per frame: the rows drawn (viewport plus overscan) overlap from one frame to the next.
      scroller.scrollTop += scroller.clientHeight * 0.9;
      if (scroller.scrollTop !== before) movedAt = now;
      if (passed || now - movedAt > 3_000 || now - began > limitMs) {
        scroller.scrollTop = 0;
        resolve([...keys]);
      } else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

/** Starts the firehose on both instances, `total` posts per second split between them. */
export async function startFirehoses(instances: readonly FakeInstance[], total: number): Promise<void> {
  const rates = ratesPerInstance(total);
  await Promise.all(
    instances.map((instance, i) =>
      instance.admin.startFirehose({ perSecond: rates[i]!, streams: firehoseTargets[i]! }),
    ),
  );
}

/** Stops the firehoses; returns how many posts they made in all. */
export async function stopFirehoses(instances: readonly FakeInstance[]): Promise<number> {
  const posted = await Promise.all(instances.map((instance) => instance.admin.stopFirehose()));
  return posted.reduce((a, b) => a + b, 0);
}

/**
 * After the firehose stops: lets the last frames reach the witness, then waits (up to `timeoutMs`) until
 * every post sent has shown up in its column, and stops tracking.
 */
export async function drain(
  columns: readonly BenchColumn[],
  witness: StreamWitness,
  page: BenchPage,
  { timeoutMs = 8_000, censusMs = 150_000 }: { timeoutMs?: number; censusMs?: number } = {},
): Promise<Delivery> {
  await sleep(300);
  witness.stop();
  // Until every post is drawn, or nothing new has been drawn for a second.
  let drawn = -1;
  let quietSince = Date.now();
  await waitFor(
    () => {
      const now = delivery(columns, witness, page);
      if (now.delivered !== drawn) [drawn, quietSince] = [now.delivered, Date.now()];
      return now.lost === 0 || Date.now() - quietSince > 1_000;
    },
    timeoutMs,
    200,
  );
  await page.page.evaluate(() => window.__bench.track(false));
  await sleep(300); // the probe's last batch
  const listed = new Map<string, Set<string>>();
  const gone = new Map<string, Set<string>>();
  const census: Record<string, CensusRun> = {};
  // What the server no longer has cannot be checked either way: asked first, for every column, so that a
  // census cut short still leaves those out. Scrolling down to them would only spend the census's time (a
  // post missed at minute two of the soak is ~13,000 posts deep in a federated column).
  const checkable = new Map<string, string[]>();
  for (const { column } of columns) {
    const seen = page.sighted.get(column.id) ?? new Set<string>();
    const undrawn = [...witness.sentTo(column.id)].filter((id) => !seen.has(`s:${id}`));
    if (undrawn.length === 0) continue;
    const kept = await witness.stillOnServer(column.id, undrawn);
    gone.set(column.id, new Set(undrawn.filter((id) => !kept.has(id))));
    checkable.set(
      column.id,
      undrawn.filter((id) => kept.has(id)),
    );
    census[column.id] = {
      undrawn: undrawn.length,
      checkable: kept.size,
      found: 0,
      rows: 0,
      reached: false,
      ms: 0,
    };
  }
  // A bound on the whole census, so an overloaded run still ends; what it has not reached counts as lost.
  const deadline = Date.now() + censusMs;
  for (const [columnId, ids] of checkable) {
    if (ids.length === 0) continue;
    const below = ids.reduce((a, b) => (olderId(a, b) ? a : b));
    const limitMs = Math.min(columnCensusMs, deadline - Date.now());
    if (limitMs <= 0) break;
    const began = Date.now();
    const keys = new Set(await page.page.evaluate(listColumn, { columnId, below, limitMs }));
    listed.set(columnId, keys);
    const undrawn = [...ids, ...(gone.get(columnId) ?? [])];
    census[columnId] = {
      ...census[columnId]!,
      found: undrawn.filter((id) => keys.has(`s:${id}`)).length,
      rows: keys.size,
      // At or past the oldest post it looked for (the column may end right there).
      reached: [...keys].some((key) => key.startsWith('s:') && !olderId(below, key.slice(2))),
      ms: Date.now() - began,
    };
  }
  // Found while scrolling, although the server has since dropped it: delivered after all.
  for (const [columnId, dropped] of gone) {
    const keys = listed.get(columnId);
    if (keys) for (const id of dropped) if (keys.has(`s:${id}`)) dropped.delete(id);
  }
  return { ...delivery(columns, witness, page, listed, gone), census };
}

/** Longest the census scrolls one column: 5,000 rows at ~200 a second, with room for a loaded machine. */
const columnCensusMs = 45_000;

/** Mastodon ids are numbers too long for doubles: a shorter one is older, then the smaller string. */
function olderId(a: string, b: string): boolean {
  return a.length < b.length || (a.length === b.length && a < b);
}

/** How the census went in one column: posts not drawn live, those still on the server, those it found. */
export interface CensusRun {
  undrawn: number;
  checkable: number;
  found: number;
  /** Rows it passed, whether it got down to the oldest checkable post, and how long it scrolled (all 0
   * and false when the census's time ran out before this column). */
  rows: number;
  reached: boolean;
  ms: number;
}
