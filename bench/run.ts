/**
 * `npm run bench` — measures Pouet's production renderer in Chromium, driven through the e2e harness against
 * fake instances, and compares each figure with its budget (bench/budgets.ts).
 *   --quick          shorter scenarios, for development (under 3 minutes)
 *   --only a,b       run only these scenarios: startup, live, depth, soak, bundle
 *   --skip-build     reuse bench-results/build
 * Writes bench-results/bench-<time>.json and bench-results/latest.json, and prints the table.
 */
import { cpus, loadavg } from 'node:os';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startFakeInstance, type FakeInstance } from '../e2e/fake-instance';
import { launchChromium } from '../e2e/harness/browser';
import { serveRenderer } from '../e2e/harness/renderer-server';
import { launchSignedInDeck } from '../e2e/harness/signed-in-deck';
import { fullSizes, quickSizes, viewport } from './budgets';
import { benchOut, buildRenderer } from './build';
import type { BenchContext, ScenarioResult } from './context';
import { layoutOf, sixColumns } from './decks';
import { formatTable, judge, type Figure } from './report';
import { bundleScenario } from './scenarios/bundle';
import { depthScenario } from './scenarios/depth';
import { liveScenario } from './scenarios/live';
import { soakScenario } from './scenarios/soak';
import { startupScenario } from './scenarios/startup';

const scenarioNames = ['startup', 'live', 'depth', 'soak', 'bundle'] as const;
type ScenarioName = (typeof scenarioNames)[number];

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    'skip-build': { type: 'boolean', default: false },
  },
});
const only = new Set((values.only?.split(',') ?? scenarioNames).map((s) => s.trim()) as ScenarioName[]);
for (const name of only) if (!scenarioNames.includes(name)) throw new Error(`Unknown scenario: ${name}`);
// The bundle's initial set includes what startup fetched; run startup for it too.
if (only.has('bundle')) only.add('startup');

const began = Date.now();
const elapsed = () => `${((Date.now() - began) / 1000).toFixed(0)}s`;
const log = (message: string) => console.log(`[bench ${elapsed()}] ${message}`);
const sizes = values.quick ? quickSizes : fullSizes;

const cleanups: (() => Promise<unknown>)[] = [];
const results: Partial<Record<ScenarioName, ScenarioResult>> = {};
/** The machine's 1-minute load average around each scenario: other work on a shared machine skews timings. */
const load: Partial<Record<ScenarioName, [number, number]>> = {};
const measure = async (name: ScenarioName, run: () => Promise<ScenarioResult>) => {
  log(name);
  const start = loadavg()[0]!;
  results[name] = await run();
  load[name] = [start, loadavg()[0]!];
};
try {
  let rendererDir = resolve(benchOut, 'renderer');
  if (!values['skip-build']) {
    log('building the renderer');
    rendererDir = await buildRenderer();
  }
  const instances: FakeInstance[] = [];
  for (const [seed, title] of [
    [1, 'Bench One'],
    [7, 'Bench Two'],
  ] as const) {
    const instance = await startFakeInstance({ port: 0, seed, title });
    cleanups.push(() => instance.close());
    instances.push(instance);
  }
  const browser = await launchChromium();
  cleanups.push(() => browser.close());
  const renderer = await serveRenderer(rendererDir);
  cleanups.push(() => renderer.close());

  log('signing in two accounts');
  const { app, accountIds } = await launchSignedInDeck({
    browser,
    renderer,
    viewport,
    accounts: [
      { instanceUrl: instances[0]!.url, username: 'alice' },
      { instanceUrl: instances[1]!.url, username: 'bob' },
    ],
    layout: (ids) => layoutOf(sixColumns(ids)),
  });
  cleanups.push(() => app.close());
  const tokens = await Promise.all(
    accountIds.map(
      async (accountId) => (await app.host.handlers['accounts.token']({ accountId })).accessToken,
    ),
  );
  // Scenarios open their own measured pages in the app's browser context.
  await app.page.goto('about:blank');

  const ctx: BenchContext = {
    sizes,
    browser,
    renderer,
    buildDir: rendererDir,
    instances,
    app,
    accountIds,
    tokens,
    log,
  };
  if (only.has('startup')) await measure('startup', () => startupScenario(ctx));
  if (only.has('bundle')) {
    const fetched = (results.startup?.data?.['initialScripts'] as string[] | undefined) ?? [];
    await measure('bundle', () => bundleScenario(rendererDir, fetched));
  }
  if (only.has('live')) await measure('live', () => liveScenario(ctx));
  if (only.has('depth')) await measure('depth', () => depthScenario(ctx));
  if (only.has('soak')) await measure('soak', () => soakScenario(ctx));
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => console.warn(error));
}

const figures = scenarioNames.flatMap((name) => results[name]?.figures ?? []).map((f: Figure) => judge(f));
const durationMs = Date.now() - began;
const report = {
  date: new Date(began).toISOString(),
  mode: values.quick ? 'quick' : 'full',
  durationMs,
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, load },
  sizes,
  figures,
  data: Object.fromEntries(Object.entries(results).map(([name, result]) => [name, result.data])),
};
const dir = resolve(import.meta.dirname, '../bench-results');
await mkdir(dir, { recursive: true });
const stamp = new Date(began).toISOString().replace(/[:.]/g, '-');
await writeFile(join(dir, `bench-${stamp}.json`), JSON.stringify(report, null, 2));
await writeFile(join(dir, 'latest.json'), JSON.stringify(report, null, 2));

console.log(
  `\nPouet benchmarks (${report.mode}, ${(durationMs / 1000).toFixed(0)} s, ${report.machine.cpus} cores)\n`,
);
console.log(formatTable(figures));
console.log(
  `\nLoad average (1 min) at start → end of each scenario: ` +
    Object.entries(load)
      .map(([name, [start, end]]) => `${name} ${start.toFixed(1)} → ${end.toFixed(1)}`)
      .join(', ') +
    ` (${report.machine.cpus} cores)`,
);
const failed = figures.filter((f) => f.verdict === 'FAIL');
console.log(
  `\n${figures.filter((f) => f.verdict === 'PASS').length} within budget, ${failed.length} over` +
    `${failed.length ? `: ${failed.map((f) => `${f.scenario} / ${f.label}`).join('; ')}` : ''}`,
);
console.log(`Figures: bench-results/bench-${stamp}.json`);
process.exitCode = failed.length ? 1 : 0;
