import type { BenchContext, ScenarioResult } from '../context';
import { layoutOf, tenColumns } from '../decks';
import { drain, startFirehoses, stopFirehoses } from '../delivery';
import {
  heapAfterGc,
  openBenchPage,
  sleep,
  streamsPerInstance,
  waitForSubscriptions,
  witnessSpecs,
} from '../session';
import { slope, windowGrowth } from '../stats';
import { StreamWitness } from '../witness';

interface Sample {
  atSeconds: number;
  heapMb: number;
  domNodes: number;
}

/**
 * Soak: ten columns and a firehose for a long while. Caches are bounded if the heap after GC over the last
 * minute is close to the heap over the minute after every column has filled (minute one in the full run),
 * each the median of its samples (see `windowGrowth`), and no post is lost. The trend is reported beside it.
 */
export async function soakScenario(ctx: BenchContext): Promise<ScenarioResult> {
  const { seconds, perSecond, referenceAtSeconds, sampleEverySeconds, windowSeconds, judgeGrowth } =
    ctx.sizes.soak;
  const columns = tenColumns(ctx.accountIds);
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
    await sleep(2_000);

    await bench.page.evaluate(() => window.__bench.track(true));
    witness.start();
    const began = Date.now();
    await startFirehoses(ctx.instances, perSecond);
    const samples: Sample[] = [];
    const sample = async () => {
      const atSeconds = (Date.now() - began) / 1000;
      const heapMb = (await heapAfterGc(bench.cdp)) / 2 ** 20;
      const nodes = await bench.page.evaluate(() => document.getElementsByTagName('*').length);
      samples.push({ atSeconds, heapMb, domNodes: nodes });
      ctx.log(`soak ${atSeconds.toFixed(0)} s: heap ${heapMb.toFixed(1)} MB, ${nodes} DOM nodes`);
    };
    const times = [referenceAtSeconds];
    for (let t = referenceAtSeconds + sampleEverySeconds; t < seconds; t += sampleEverySeconds) times.push(t);
    times.push(seconds);
    for (const t of times) {
      await sleep(Math.max(0, began + t * 1000 - Date.now()));
      await sample();
    }
    const posted = await stopFirehoses(ctx.instances);
    const result = await drain(columns, witness, bench, { censusMs: ctx.sizes.censusSeconds * 1000 });
    const reference = samples[0]!;
    const end = samples[samples.length - 1]!;
    const heap = samples.map((s) => ({ atSeconds: s.atSeconds, value: s.heapMb }));
    const growth = windowGrowth(heap, referenceAtSeconds, windowSeconds);
    const perMinute = slope(samples.map((s) => [s.atSeconds / 60, s.heapMb] as const));
    ctx.log(`soak: ${result.delivered}/${result.sent} delivered, heap growth ${growth.toFixed(1)}%`);
    for (const [column, run] of Object.entries(result.census ?? {})) {
      const scrolled =
        run.checkable === 0
          ? 'none left to look for'
          : run.ms === 0
            ? 'not scrolled: the census ran out of time'
            : `${run.rows} rows in ${(run.ms / 1000).toFixed(1)} s${run.reached ? '' : ', stopped short'}`;
      ctx.log(
        `soak census ${column}: ${run.found} of ${run.undrawn} undrawn found ` +
          `(${run.checkable} still on the server), ${scrolled}`,
      );
    }
    return {
      figures: [
        {
          scenario: 'Soak',
          label: `Heap growth after GC, ${referenceAtSeconds} s → ${seconds} s (10 columns, ${perSecond}/s)`,
          value: growth,
          unit: '%',
          detail:
            `median of ${windowSeconds} s windows; samples ${reference.heapMb.toFixed(1)} → ${end.heapMb.toFixed(1)} MB, ` +
            `range ${Math.min(...heap.map((h) => h.value)).toFixed(1)}–${Math.max(...heap.map((h) => h.value)).toFixed(1)} MB, ` +
            `trend ${perMinute >= 0 ? '+' : ''}${perMinute.toFixed(2)} MB/min; DOM ${reference.domNodes} → ${end.domNodes} nodes` +
            (judgeGrowth ? '' : '; caches still filling at the reference, judged in the full run'),
          ...(judgeGrowth && { budget: 'soak.heapGrowth' as const }),
        },
        {
          scenario: 'Soak',
          label: 'Posts lost',
          value: result.lost,
          unit: '',
          detail:
            `${result.delivered} of ${result.sent} delivered to their columns` +
            (result.belowWindow
              ? ` (${result.belowWindow} not drawn live, found by scrolling down the column)`
              : '') +
            (result.hidden
              ? `; ${result.hidden} more hidden by the account's filters, as they should be`
              : '') +
            (result.unverifiable
              ? `; ${result.unverifiable} not drawn live and since dropped by the server, not counted`
              : '') +
            `; ${posted} posts made`,
          budget: 'soak.lost',
        },
      ],
      data: { samples, delivery: result, posted },
    };
  } finally {
    witness.close();
    await bench.close();
  }
}
