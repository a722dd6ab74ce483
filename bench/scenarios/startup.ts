import type { BrowserContext } from '@playwright/test';
import type { BenchContext, ScenarioResult } from '../context';
import type { DeckLayout } from '../../electron/ipc/types/deck';
import { layoutOf, sixColumns, type BenchColumn } from '../decks';
import { writeFloorPage, writeReactFloorPage, type FloorColumn } from '../floor/floor-page';
import { captureDeck, type CapturedDeck, writeMarkupFloorPage } from '../floor/markup-floor';
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
  /** Columns that opened mid-feed, behind an "N new posts" pill. */
  reopened: number;
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

/** How far down each column a returning reader had read: past the first page (40), so reopening reads two. */
const returningDepth = 50;

/** The deck as a reader returning later left it: each column read up to the post `returningDepth` down. */
async function returningDeck(
  columns: readonly BenchColumn[],
  requests: readonly FloorColumn[],
): Promise<DeckLayout> {
  const lastRead = new Map<string, string>();
  for (const { id, url, token } of requests) {
    const page = async (query: string) =>
      (await (await fetch(url + query, { headers: { Authorization: `Bearer ${token}` } })).json()) as {
        id: string;
      }[];
    const first = await page('');
    const posts = first.length > 0 ? [...first, ...(await page(`&max_id=${first.at(-1)!.id}`))] : [];
    const post = posts[Math.min(returningDepth, posts.length - 1)];
    if (post) lastRead.set(id, post.id);
  }
  return layoutOf(
    columns.map((bench) => {
      const read = lastRead.get(bench.column.id);
      return read ? { ...bench, column: { ...bench.column, lastReadId: read } } : bench;
    }),
  );
}

/** Pouet's deck once its first screen is filled and has settled (images, counts), for the markup floor. */
async function capturePouetDeck(
  context: BrowserContext,
  url: string,
  columns: number,
): Promise<CapturedDeck> {
  const bench = await openBenchPage(context, url, columns);
  try {
    await bench.page.evaluate(() => window.__bench.screenFilled);
    await sleep(1000);
    return await bench.page.evaluate(captureDeck);
  } finally {
    await bench.close();
    await sleep(300);
  }
}

/**
 * Startup: from navigation to a post painted in every column of a six-column deck over two accounts, for
 * Pouet, for the floor page (the same first pages fetched and written as text, no framework), for the
 * React floor (the same, rendered by React) and for the markup floor (Pouet's own first screen as static
 * HTML, written when the same pages arrive); and for Pouet again as a returning reader, its columns read
 * `returningDepth` posts down. Runs are interleaved in rounds so drifts in the machine's
 * load hit all alike; the first round warms the servers and is discarded. The budget is on the median of
 * the per-round ratios of Pouet to the floor.
 */
export async function startupScenario(ctx: BenchContext): Promise<ScenarioResult> {
  const columns = sixColumns(ctx.accountIds);
  const fresh = layoutOf(columns);
  await ctx.app.host.handlers['deck.save'](fresh);
  const requests = floorColumns(columns, ctx.instances, ctx.tokens);
  const floorUrl = `${ctx.renderer.origin}/${await writeFloorPage(ctx.buildDir, requests)}`;
  const reactFloorUrl = `${ctx.renderer.origin}/${await writeReactFloorPage(ctx.buildDir, requests)}`;
  const context = ctx.app.page.context();
  const markupFloorUrl = `${ctx.renderer.origin}/${await writeMarkupFloorPage(
    ctx.buildDir,
    requests,
    await capturePouetDeck(context, ctx.renderer.url, columns.length),
  )}`;

  const returning = await returningDeck(columns, requests);

  let initialScripts: string[] = [];
  /** One page load; Pouet's (`deck` given) opens that deck, saved afresh each time since the last page's
   * read positions would reopen its columns where it stopped. */
  const time = async (url: string, deck?: DeckLayout): Promise<Run> => {
    if (deck) await ctx.app.host.handlers['deck.save'](deck);
    const bench = await openBenchPage(context, url, columns.length);
    try {
      const mark = await bench.page.evaluate(() => window.__bench.startup);
      const filled = await bench.page.evaluate(() => window.__bench.screenFilled);
      const requests = await bench.page.evaluate(firstPageTimes, mark.painted);
      const reopened = await bench.page.evaluate(
        () => [...document.querySelectorAll('button')].filter((b) => /new post/.test(b.textContent)).length,
      );
      if (deck === fresh && initialScripts.length === 0) {
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
      return { ...mark, filled, ...requests, reopened };
    } finally {
      await bench.close();
      await sleep(300); // let the server notice the sockets closing
    }
  };

  const runs = {
    floor: [] as Run[],
    reactFloor: [] as Run[],
    markupFloor: [] as Run[],
    pouet: [] as Run[],
    returning: [] as Run[],
  };
  for (let round = 0; round <= ctx.sizes.startup.pairs; round++) {
    const f = await time(floorUrl);
    const r = await time(reactFloorUrl);
    const m = await time(markupFloorUrl);
    const p = await time(ctx.renderer.url, fresh);
    const b = await time(ctx.renderer.url, returning);
    if (round === 0) continue; // warm-up
    runs.floor.push(f);
    runs.reactFloor.push(r);
    runs.markupFloor.push(m);
    runs.pouet.push(p);
    runs.returning.push(b);
    ctx.log(
      `startup round ${round}: floor ${f.painted.toFixed(0)} ms (filled ${f.filled.toFixed(0)}), ` +
        `React floor ${r.painted.toFixed(0)} ms, markup floor ${m.filled.toFixed(0)} ms filled, ` +
        `Pouet ${p.painted.toFixed(0)} ms (filled ${p.filled.toFixed(0)}), ` +
        `returning ${b.painted.toFixed(0)} ms (${b.reopened} columns reopened mid-feed)`,
    );
  }

  const of = (page: keyof typeof runs, value: (run: Run) => number) => runs[page].map(value);
  const painted = (run: Run) => run.painted;
  const filled = (run: Run) => run.filled;
  const request = (run: Run) => run.firstRequest;
  const render = (run: Run) => run.painted - run.lastResponse;
  const floorMs = (samples: number[]) => `floor ${finiteMedian(samples).toFixed(0)} ms`;
  /** A timing of `page` over the floor's, round by round. */
  const ratioFigure = (
    label: string,
    page: Exclude<keyof typeof runs, 'floor'>,
    value: (run: Run) => number,
  ) => {
    const ratios = pairedRatios(of(page, value), of('floor', value));
    const name = {
      pouet: 'Pouet',
      returning: 'Pouet (returning)',
      reactFloor: 'React floor',
      markupFloor: 'markup floor',
    }[page];
    return {
      scenario: 'Startup',
      label,
      value: median(ratios),
      unit: '×',
      spread: summarize(ratios),
      detail: `median ${name} ${finiteMedian(of(page, value)).toFixed(0)} ms vs ${floorMs(of('floor', value))}`,
    } satisfies Figure;
  };

  const returningRatio = ratioFigure(
    `Pouet ÷ floor, returning reader (columns read ${returningDepth} posts down)`,
    'returning',
    painted,
  );
  const reopened = median(of('returning', (run) => run.reopened));
  const returningFigure: Figure = {
    ...returningRatio,
    detail: `${returningRatio.detail}; ${reopened} of ${columns.length} columns reopened mid-feed`,
  };

  return {
    figures: [
      {
        ...ratioFigure('Pouet ÷ floor, first post painted in 6 columns', 'pouet', painted),
        budget: 'startup.ratio',
      },
      // The mark above needs one post per column: a change that paints the top of each column sooner but
      // the rest of the screen later shows here.
      ratioFigure('Pouet ÷ floor, whole screen filled in 6 columns', 'pouet', filled),
      // What the framework alone costs: the floor's work done by a React component per column.
      ratioFigure('React floor ÷ floor (same page, rendered by React)', 'reactFloor', painted),
      // A reader coming back: columns reopen where they left off, reading a second page to find it.
      returningFigure,
      // What Pouet's markup alone costs the browser: its deck's HTML and CSS written with no JavaScript.
      ratioFigure("Markup floor ÷ floor, whole screen filled (Pouet's HTML, no JS)", 'markupFloor', filled),
      // Where the time goes: before the first request (script, host bridge) and after the last answer
      // (pages into cards, layout, paint); the network in between is the same servers'.
      msFigure(
        'Pouet, navigation → first timeline request',
        of('pouet', request),
        floorMs(of('floor', request)),
      ),
      msFigure(
        'Pouet, last first page received → posts painted',
        of('pouet', render),
        floorMs(of('floor', render)),
      ),
      msFigure('Pouet, navigation → posts painted', of('pouet', painted)),
      msFigure('Floor, navigation → posts painted', of('floor', painted)),
    ],
    data: { runs, ratios: pairedRatios(of('pouet', painted), of('floor', painted)), initialScripts },
  };
}
