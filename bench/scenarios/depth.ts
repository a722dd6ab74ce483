import { startFakeInstance } from '../../e2e/fake-instance';
import { launchSignedInDeck } from '../../e2e/harness/signed-in-deck';
import { viewport } from '../budgets';
import type { BenchContext, ScenarioResult } from '../context';
import { layoutOf, oneColumn } from '../decks';
import { heapAfterGc, openBenchPage, sleep, waitFor } from '../session';
import { intervals, percentile, slope, summarize } from '../stats';

interface Leg {
  /** Deepest row position reached (aria-posinset of the last rendered row). */
  reached: number;
  stamps: number[];
  ended: boolean;
}

/**
 * Scrolls the column's scroller by `step` pixels per frame until a row at position `target` is rendered, or
 * until the feed stops growing for 8 s (its end). Runs in the page.
 */
function scrollTo({ target, step }: { target: number; step: number }): Promise<Leg> {
  const scroller = document.querySelector<HTMLElement>('[data-column-id] .timeline-scroll');
  if (!scroller) throw new Error('No column scroller');
  const deepest = () => {
    const rows = scroller.querySelectorAll('article[aria-posinset]');
    return Number(rows[rows.length - 1]?.getAttribute('aria-posinset') ?? 0);
  };
  const stamps: number[] = [];
  let stuckSince = performance.now();
  let lastHeight = scroller.scrollHeight;
  return new Promise((resolve) => {
    const frame = (time: number) => {
      stamps.push(time);
      const reached = deepest();
      if (reached >= target) return resolve({ reached, stamps, ended: false });
      if (scroller.scrollHeight !== lastHeight) {
        lastHeight = scroller.scrollHeight;
        stuckSince = time;
      } else if (time - stuckSince > 8_000) {
        return resolve({ reached, stamps, ended: true });
      }
      scroller.scrollTop += step;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

/**
 * Depth: one local timeline holding more posts than the run reads, scrolled down through them at a steady
 * pace (older pages load as the reader nears the end, as they do for a user). At every checkpoint the
 * scrolling pauses for the DOM node count of the column and the JS heap after a forced GC.
 */
export async function depthScenario(ctx: BenchContext): Promise<ScenarioResult> {
  const { posts, pixelsPerFrame, checkpointEvery } = ctx.sizes.depth;
  const instance = await startFakeInstance({ port: 0, seed: 3, title: 'Bench Depth' });
  try {
    // Fill the local timeline (the firehose keeps its newest 5,000 posts; the seed adds more below them).
    await instance.admin.startFirehose({ perSecond: 5000, count: Math.min(posts, 5000), streams: ['local'] });
    await waitFor(async () => !(await instance.admin.firehoseStatus()).running, 60_000, 250);

    const { app, accountIds } = await launchSignedInDeck({
      browser: ctx.browser,
      renderer: ctx.renderer,
      viewport,
      // bob: alice's seeded filters hide some generated posts, which would shorten the column.
      accounts: [{ instanceUrl: instance.url, username: 'bob' }],
      layout: (ids) => layoutOf(oneColumn(ids)),
    });
    try {
      await app.page.goto('about:blank');
      const columns = oneColumn(accountIds);
      const bench = await openBenchPage(app.page.context(), ctx.renderer.url, columns.length);
      try {
        await bench.page.evaluate(() => window.__bench.startup);
        await sleep(1_000);
        const checkpoints: { posts: number; heapMb: number; domNodes: number }[] = [];
        const measure = async (reached: number) => {
          const heapMb = (await heapAfterGc(bench.cdp)) / 2 ** 20;
          const domNodes =
            Object.values(await bench.page.evaluate(() => window.__bench.columnNodes()))[0] ?? 0;
          checkpoints.push({ posts: reached, heapMb, domNodes });
          ctx.log(`depth: row ${reached}, ${domNodes} DOM nodes, heap ${heapMb.toFixed(1)} MB`);
        };
        await measure(0);
        const frames: number[] = [];
        const since = await bench.page.evaluate(() => performance.now());
        for (let target = checkpointEvery; target <= posts; target += checkpointEvery) {
          const leg = await bench.page.evaluate(scrollTo, { target, step: pixelsPerFrame });
          frames.push(...intervals(leg.stamps));
          await measure(leg.reached);
          if (leg.ended) break;
        }
        const tasks = await bench.page.evaluate((t) => window.__bench.longTasks(t), since);
        const deepest = checkpoints[checkpoints.length - 1]!;
        const perThousand = slope(checkpoints.slice(1).map((c) => [c.posts / 1000, c.heapMb] as const));
        const maxNodes = Math.max(...checkpoints.map((c) => c.domNodes));
        return {
          figures: [
            {
              scenario: 'Depth',
              label: `DOM nodes in the column (max over ${checkpoints.length} checkpoints)`,
              value: maxNodes,
              unit: '',
              detail: `at row ${deepest.posts}: ${deepest.domNodes}`,
              budget: 'depth.domNodes',
            },
            {
              scenario: 'Depth',
              label: `JS heap after GC at row ${deepest.posts}`,
              value: deepest.heapMb,
              unit: 'MB',
              detail: `${checkpoints[0]!.heapMb.toFixed(1)} MB at the first page`,
            },
            {
              scenario: 'Depth',
              label: 'Heap per 1,000 posts (slope)',
              value: perThousand,
              unit: 'MB',
            },
            {
              scenario: 'Depth',
              label: `Frame interval while scrolling, p95 (${pixelsPerFrame} px/frame)`,
              value: percentile(frames, 95),
              unit: 'ms',
              spread: summarize(frames),
              detail: `${tasks.length} long task(s)`,
            },
          ],
          data: { checkpoints, longTasks: tasks },
        };
      } finally {
        await bench.close();
      }
    } finally {
      await app.close();
    }
  } finally {
    await instance.close();
  }
}
