/**
 * What the benchmarks observe inside the page, installed before any of the page's own scripts run
 * (`page.addInitScript(installProbe, options)`). It only watches: the DOM (MutationObserver), long tasks
 * (PerformanceObserver) and frames (requestAnimationFrame). Both Pouet and the floor page mark a column as
 * `[data-column-id]` and a post as `[role=feed] article[data-key]`, so the same probe times both.
 */

export interface ProbeOptions {
  /** Startup is done when this many columns each show a post. */
  columns: number;
}

export interface StartupMark {
  /** performance.now() when the last column got its first post in the DOM. */
  ready: number;
  /** …and after the next frame was produced (the post painted). */
  painted: number;
}

export interface LongTask {
  start: number;
  duration: number;
}

/** A post that reached a column's DOM: [column id, data-key]. */
export type Sighting = [string, string];

export interface BenchProbe {
  startup: Promise<StartupMark>;
  /**
   * performance.now() after the first frame in which every column's posts reach down to the bottom of
   * the window or to the end of their feed (NaN when that never happens): the whole first screen, not
   * just its top posts.
   */
  screenFilled: Promise<number>;
  /** Starts recording rAF timestamps (clears earlier ones). */
  startFrames(): void;
  /** Stops and returns the rAF timestamps recorded. */
  stopFrames(): number[];
  longTasks(since: number): LongTask[];
  /** Sends every post that reaches a column to `window.__benchSighted` in batches (see `track`). */
  track(on: boolean): void;
  /** Posts currently in each column's DOM (keys), for checks. */
  columnNodes(): Record<string, number>;
}

declare global {
  interface Window {
    __bench: BenchProbe;
    __benchSighted?: (batch: Sighting[]) => Promise<void>;
  }
}

export function installProbe(options: ProbeOptions): void {
  const postSelector = '[role=feed] article[data-key]';
  let markStartup: ((mark: StartupMark) => void) | undefined;
  const startup = new Promise<StartupMark>((resolve) => (markStartup = resolve));

  // Constants live inside: the function is sent to the page as its source text.
  /** Give up on the screen filling after this long (a column with fewer posts than fit on screen). */
  const fullTimeoutMs = 10_000;
  let markFilled: ((at: number) => void) | undefined;
  const screenFilled = new Promise<number>((resolve) => (markFilled = resolve));

  /** Calls `done` with the time just after the frame being prepared is produced (called from rAF). */
  const afterFrame = (done: (at: number) => void) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(performance.now());
    channel.port2.postMessage(null);
  };

  const columnFilled = (column: Element): boolean => {
    const posts = column.querySelectorAll(postSelector);
    const last = posts[posts.length - 1];
    if (!last) return false;
    // A feed shorter than the column is filled when its end is drawn.
    const feed = last.closest('[role=feed]')!;
    const bottom = Math.min(
      column.getBoundingClientRect().bottom,
      feed.getBoundingClientRect().bottom,
      window.innerHeight,
    );
    return last.getBoundingClientRect().bottom >= bottom - 1;
  };
  // Read in rAF, where the frame's layout is due anyway, and only after `ready` so the first mark is
  // not disturbed.
  const watchFilling = (since: number) =>
    requestAnimationFrame(() => {
      const resolve = markFilled;
      if (!resolve) return;
      if ([...document.querySelectorAll('[data-column-id]')].every(columnFilled)) {
        markFilled = undefined;
        afterFrame(resolve);
      } else if (performance.now() - since > fullTimeoutMs) {
        markFilled = undefined;
        resolve(Number.NaN);
      } else watchFilling(since);
    });

  const tasks: LongTask[] = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long task API: the scenario reports none observed.
  }

  let tracking = false;
  let pending: [string, string][] = [];
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    flushTimer = undefined;
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    void window.__benchSighted?.(batch);
  };
  const sighted = (article: Element) => {
    const key = article.getAttribute('data-key');
    const column = article.closest('[data-column-id]')?.getAttribute('data-column-id');
    if (key && column) pending.push([column, key]);
  };

  const startupDone = (): boolean => {
    const columns = document.querySelectorAll('[data-column-id]');
    if (columns.length < options.columns) return false;
    for (const column of columns) if (!column.querySelector(postSelector)) return false;
    return true;
  };

  const observer = new MutationObserver((records) => {
    if (markStartup && startupDone()) {
      const resolve = markStartup;
      markStartup = undefined;
      const ready = performance.now();
      // rAF runs just before the frame is produced; a message posted from it is handled just after.
      requestAnimationFrame(() => afterFrame((painted) => resolve({ ready, painted })));
      watchFilling(ready);
    }
    if (!tracking) return;
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches(postSelector)) sighted(node);
        else for (const article of node.querySelectorAll(postSelector)) sighted(article);
      }
    }
    flushTimer ??= setTimeout(flush, 250);
  });
  observer.observe(document, { childList: true, subtree: true });

  let frames: number[] = [];
  let sampling = false;
  const onFrame = (time: number) => {
    if (!sampling) return;
    frames.push(time);
    requestAnimationFrame(onFrame);
  };

  window.__bench = {
    startup,
    screenFilled,
    startFrames() {
      frames = [];
      if (sampling) return;
      sampling = true;
      requestAnimationFrame(onFrame);
    },
    stopFrames() {
      sampling = false;
      const recorded = frames;
      frames = [];
      return recorded;
    },
    longTasks: (since) => tasks.filter((task) => task.start >= since),
    track(on) {
      tracking = on;
      if (on) for (const article of document.querySelectorAll(postSelector)) sighted(article);
      else flush();
    },
    columnNodes() {
      const counts: Record<string, number> = {};
      for (const column of document.querySelectorAll('[data-column-id]')) {
        counts[column.getAttribute('data-column-id')!] = column.querySelectorAll('*').length;
      }
      return counts;
    },
  };
}
