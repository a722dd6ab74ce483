import type { BenchContext, ScenarioResult } from '../context';
import { layoutOf, sixColumns, type BenchColumn } from '../decks';
import { drain, startFirehoses, stopFirehoses, type Delivery } from '../delivery';
import type { LongTask } from '../probe';
import {
  openBenchPage,
  pageMetrics,
  sleep,
  streamsPerInstance,
  waitForSubscriptions,
  witnessSpecs,
} from '../session';
import { intervals, median, percentile, summarize } from '../stats';
import { StreamWitness } from '../witness';

/** Frame intervals of an idle page in this browser, now: what "smooth" can mean on this machine. */
export async function idleFrameP95(ctx: BenchContext): Promise<number> {
  const page = await ctx.app.page.context().newPage();
  try {
    await page.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
    await page.goto(`${ctx.renderer.origin}/icon.svg`);
    const stamps = await page.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          const times: number[] = [];
          const frame = (t: number) => {
            times.push(t);
            if (times.length < 180) requestAnimationFrame(frame);
            else resolve(times);
          };
          requestAnimationFrame(frame);
        }),
    );
    return percentile(intervals(stamps), 95);
  } finally {
    await page.close();
  }
}

interface LiveRun {
  delivery: Delivery;
  posted: number;
  longTasks: LongTask[];
  frameP95: number;
  frameP50: number;
  busy: number;
  idleFrameP95: number;
  leftTheTop: boolean;
}

async function liveRun(ctx: BenchContext, columns: BenchColumn[]): Promise<LiveRun> {
  const { seconds, perSecond } = ctx.sizes.live;
  const idle = await idleFrameP95(ctx);
  // The same deck every run: the last run's read positions would reopen its columns where it stopped.
  await ctx.app.host.handlers['deck.save'](layoutOf(columns));
  const bench = await openBenchPage(ctx.app.page.context(), ctx.renderer.url, columns.length);
  const witness = await StreamWitness.open(witnessSpecs(columns, ctx.instances, ctx.tokens));
  try {
    await bench.page.evaluate(() => window.__bench.startup);
    const app = streamsPerInstance(columns, ctx.instances.length);
    await waitForSubscriptions(
      ctx.instances,
      app.map((n, i) => n + columns.filter((c) => c.instance === i && c.stream).length),
    );
    await sleep(2_000); // avatars and images of the first pages

    await bench.page.evaluate(() => {
      window.__bench.track(true);
      window.__bench.startFrames();
    });
    const since = await bench.page.evaluate(() => performance.now());
    const before = await pageMetrics(bench.cdp);
    witness.start();
    await startFirehoses(ctx.instances, perSecond);
    await sleep(seconds * 1000);
    const posted = await stopFirehoses(ctx.instances);
    const stamps = await bench.page.evaluate(() => window.__bench.stopFrames());
    const after = await pageMetrics(bench.cdp);
    const longTasks = await bench.page.evaluate((t) => window.__bench.longTasks(t), since);
    const leftTheTop = await bench.page.evaluate(() =>
      [...document.querySelectorAll('.timeline-scroll')].some((el) => el.scrollTop > 4),
    );
    const delivery = await drain(columns, witness, bench, { censusMs: ctx.sizes.censusSeconds * 1000 });
    const frames = intervals(stamps);
    const busy =
      (after['TaskDuration']! - before['TaskDuration']!) / (after['Timestamp']! - before['Timestamp']!);
    ctx.log(
      `live: ${delivery.delivered}/${delivery.sent} delivered (${delivery.belowWindow} below the drawn rows), ` +
        `${longTasks.length} long tasks, frame p95 ${percentile(frames, 95).toFixed(0)} ms, busy ${(busy * 100).toFixed(0)}%`,
    );
    return {
      delivery,
      posted,
      longTasks,
      frameP95: percentile(frames, 95),
      frameP50: percentile(frames, 50),
      busy,
      idleFrameP95: idle,
      leftTheTop,
    };
  } finally {
    witness.close();
    await bench.close();
  }
}

/**
 * Live throughput: a firehose of posts spread over the six columns' streams on both instances, the reader at
 * the top of every column, repeated `runs` times. A post is delivered when it appears in its column's DOM (a
 * MutationObserver in the page reports every `article` added to a feed) or, for those a batch pushed past
 * the drawn rows before they were drawn, when it is found in the column's list afterwards; what was sent is
 * what the server put on that column's stream (a witness socket per stream with the same token).
 */
export async function liveScenario(ctx: BenchContext): Promise<ScenarioResult> {
  const { seconds, perSecond, runs } = ctx.sizes.live;
  const columns = sixColumns(ctx.accountIds);
  const results: LiveRun[] = [];
  for (let run = 0; run < runs; run++) results.push(await liveRun(ctx, columns));

  const sent = results.reduce((sum, r) => sum + r.delivery.sent, 0);
  const delivered = results.reduce((sum, r) => sum + r.delivery.delivered, 0);
  const below = results.reduce((sum, r) => sum + r.delivery.belowWindow, 0);
  const hidden = results.reduce((sum, r) => sum + r.delivery.hidden, 0);
  const unverifiable = results.reduce((sum, r) => sum + r.delivery.unverifiable, 0);
  const longTasks = results.map((r) => r.longTasks.length);
  const longest = Math.max(0, ...results.flatMap((r) => r.longTasks.map((t) => t.duration)));
  const p95s = results.map((r) => r.frameP95);
  const busy = results.map((r) => r.busy * 100);
  const idle = results.map((r) => r.idleFrameP95);
  return {
    figures: [
      {
        scenario: 'Live',
        label: `Posts lost (${perSecond}/s for ${seconds} s, 6 columns, ${runs} runs)`,
        value: sent - delivered,
        unit: '',
        detail:
          `${delivered} of ${sent} delivered to their columns` +
          (below ? ` (${below} not drawn live, found by scrolling down the column)` : '') +
          (hidden ? `; ${hidden} more hidden by the account's filters, as they should be` : '') +
          (unverifiable
            ? `; ${unverifiable} not drawn live and since dropped by the server, not counted`
            : '') +
          (results.some((r) => r.leftTheTop) ? '; a column left the top!' : ''),
        budget: 'live.lost',
      },
      {
        scenario: 'Live',
        label: 'Long tasks over 50 ms, per run',
        value: median(longTasks),
        unit: '',
        spread: summarize(longTasks),
        ...(longest > 0 && { detail: `longest ${longest.toFixed(0)} ms` }),
        budget: 'live.longTasks',
      },
      {
        scenario: 'Live',
        label: 'Frame interval p95 (rAF), per run',
        value: median(p95s),
        unit: 'ms',
        spread: summarize(p95s),
        detail: `median interval ${median(results.map((r) => r.frameP50)).toFixed(1)} ms; idle page p95 ${median(idle).toFixed(1)} ms`,
        budget: 'live.frameP95',
      },
      {
        scenario: 'Live',
        label: 'Main thread busy, per run',
        value: median(busy),
        unit: '%',
        spread: summarize(busy),
      },
    ],
    data: { runs: results },
  };
}
