import type { BenchContext, ScenarioResult } from '../context';
import { layoutOf, sixColumns } from '../decks';
import { writeFloorPage, writeReactFloorPage } from '../floor/floor-page';
import type { StartupMark } from '../probe';
import { floorColumns, openBenchPage, sleep } from '../session';
import type { Figure } from '../report';
import { median, pairedRatios, summarize } from '../stats';

/** One page load: its marks, and when the timelines' first pages were asked for and received. */
interface Run extends StartupMark {
  filled: number;
  /** The first timeline request sent (NaN if none). */
  firstRequest: number;
  /** The last first page received. */
  lastResponse: number;
}

/**
 * Runs in the page: Resource Timing of the timelines' first pages received before `painted`. A first page
 * is the first request for its URL without `max_id` (not "load more"); the same URL asked again is a
 * catch-up after a socket opened, which may land before the last column's page does.
 */
function firstPageTimes(painted: number): { firstRequest: number; lastResponse: number } {
  const first = new Map<string, PerformanceResourceTiming>();
  for (const entry of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
    if (!/\/api\/v1\/timelines\//.test(entry.name) || /[?&]max_id=/.test(entry.name)) continue;
    const held = first.get(entry.name);
    if (!held || entry.startTime < held.startTime) first.set(entry.name, entry);
  }
  const pages = [...first.values()].filter((entry) => entry.responseEnd <= painted);
  if (pages.length === 0) return { firstRequest: Number.NaN, lastResponse: Number.NaN };
  return {
    firstRequest: Math.min(...pages.map((entry) => entry.startTime)),
    lastResponse: Math.max(...pages.map((entry) => entry.responseEnd)),
  };
}

const finiteMedian = (values: readonly number[]) => median(values.filter(Number.isFinite));

/** A startup timing: the median of the runs that have it, and their spread. */
function msFigure(label: string, samples: readonly number[], detail?: string): Figure {
  const finite = samples.filter(Number.isFinite);
  return {
    scenario: 'Startup',
    label,
    value: median(finite),
    unit: 'ms',
    spread: summarize(finite),
    ...(detail !== undefined && { detail }),
  };
}

/**
 * Startup: from navigation to a post painted in every column of a six-column deck over two accounts, for
 * Pouet, for the floor page (the same first pages fetched and written as text, no framework) and for the
 * React floor (the same, rendered by React). Runs are interleaved in rounds so drifts in the machine's
 * load hit all alike; the first round warms the servers and is discarded. The budget is on the median of
 * the per-round ratios of Pouet to the floor.
 */
export async function startupScenario(ctx: BenchContext): Promise<ScenarioResult> {
  const columns = sixColumns(ctx.accountIds);
  await ctx.app.host.handlers['deck.save'](layoutOf(columns));
  const requests = floorColumns(columns, ctx.instances, ctx.tokens);
  const floorUrl = `${ctx.renderer.origin}/${await writeFloorPage(ctx.buildDir, requests)}`;
  const reactFloorUrl = `${ctx.renderer.origin}/${await writeReactFloorPage(ctx.buildDir, requests)}`;
  const context = ctx.app.page.context();

  let initialScripts: string[] = [];
  const time = async (url: string, pouet: boolean): Promise<Run> => {
    const bench = await openBenchPage(context, url, columns.length);
    try {
      const mark = await bench.page.evaluate(() => window.__bench.startup);
      const filled = await bench.page.evaluate(() => window.__bench.screenFilled);
      const requests = await bench.page.evaluate(firstPageTimes, mark.painted);
      if (pouet && initialScripts.length === 0) {
        // The JavaScript fetched before the deck was painted: what startup really costs.
        initialScripts = await bench.page.evaluate(
          (painted) =>
            performance
              .getEntriesByType('resource')
              .filter((entry) => entry.startTime <= painted && new URL(entry.name).pathname.endsWith('.js'))
              .map((entry) => new URL(entry.name).pathname),
          mark.painted,
        );
      }
      return { ...mark, filled, ...requests };
    } finally {
      await bench.close();
      await sleep(300); // let the server notice the sockets closing
    }
  };

  const pouet: number[] = [];
  const floor: number[] = [];
  const reactFloor: number[] = [];
  const pouetFilled: number[] = [];
  const floorFilled: number[] = [];
  const phases = {
    pouet: { request: [] as number[], render: [] as number[] },
    floor: { request: [] as number[], render: [] as number[] },
  };
  for (let pair = 0; pair <= ctx.sizes.startup.pairs; pair++) {
    const f = await time(floorUrl, false);
    const r = await time(reactFloorUrl, false);
    const p = await time(ctx.renderer.url, true);
    if (pair === 0) continue; // warm-up
    reactFloor.push(r.painted);
    floor.push(f.painted);
    pouet.push(p.painted);
    floorFilled.push(f.filled);
    pouetFilled.push(p.filled);
    for (const [run, into] of [
      [p, phases.pouet],
      [f, phases.floor],
    ] as const) {
      into.request.push(run.firstRequest);
      into.render.push(run.painted - run.lastResponse);
    }
    ctx.log(
      `startup pair ${pair}: floor ${f.painted.toFixed(0)} ms (filled ${f.filled.toFixed(0)}), ` +
        `React floor ${r.painted.toFixed(0)} ms, ` +
        `Pouet ${p.painted.toFixed(0)} ms (filled ${p.filled.toFixed(0)})`,
    );
  }

  const ratios = pairedRatios(pouet, floor);
  const filledRatios = pairedRatios(pouetFilled, floorFilled);
  const reactRatios = pairedRatios(reactFloor, floor);
  const floorMs = (samples: number[]) => `floor ${finiteMedian(samples).toFixed(0)} ms`;
  return {
    figures: [
      {
        scenario: 'Startup',
        label: 'Pouet ÷ floor, first post painted in 6 columns',
        value: median(ratios),
        unit: '×',
        spread: summarize(ratios),
        detail: `median Pouet ${median(pouet).toFixed(0)} ms vs ${floorMs(floor)}`,
        budget: 'startup.ratio',
      },
      {
        // The mark above needs one post per column: a change that paints the top of each column sooner
        // but the rest of the screen later shows here.
        scenario: 'Startup',
        label: 'Pouet ÷ floor, whole screen filled in 6 columns',
        value: median(filledRatios),
        unit: '×',
        spread: summarize(filledRatios),
        detail: `median Pouet ${finiteMedian(pouetFilled).toFixed(0)} ms vs ${floorMs(floorFilled)}`,
      },
      {
        // What the framework alone costs: the floor's work done by a React component per column.
        scenario: 'Startup',
        label: 'React floor ÷ floor (same page, rendered by React)',
        value: median(reactRatios),
        unit: '×',
        spread: summarize(reactRatios),
        detail: `median React floor ${median(reactFloor).toFixed(0)} ms vs ${floorMs(floor)}`,
      },
      // Where the time goes: before the first request (script, host bridge) and after the last answer
      // (pages into cards, layout, paint); the network in between is the same servers'.
      msFigure(
        'Pouet, navigation → first timeline request',
        phases.pouet.request,
        floorMs(phases.floor.request),
      ),
      msFigure(
        'Pouet, last first page received → posts painted',
        phases.pouet.render,
        floorMs(phases.floor.render),
      ),
      msFigure('Pouet, navigation → posts painted', pouet),
      msFigure('Floor, navigation → posts painted', floor),
    ],
    data: {
      phases,
      pouetMs: pouet,
      floorMs: floor,
      reactFloorMs: reactFloor,
      ratios,
      pouetFilledMs: pouetFilled,
      floorFilledMs: floorFilled,
      initialScripts,
    },
  };
}
