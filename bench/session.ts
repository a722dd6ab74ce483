import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import type { FakeInstance } from '../e2e/fake-instance';
import type { BenchColumn } from './decks';
import type { FloorColumn } from './floor/floor-page';
import { installProbe, type Sighting } from './probe';
import type { WitnessSpec } from './witness';

/** A page under measurement: the probe installed before the page's scripts, sightings collected in Node. */
export interface BenchPage {
  page: Page;
  cdp: CDPSession;
  /** Post keys seen in each column's DOM since tracking started (kept here, not in the page's heap). */
  sighted: Map<string, Set<string>>;
  close(): Promise<void>;
}

export async function openBenchPage(
  context: BrowserContext,
  url: string,
  columns: number,
  options: { waitUntil?: 'commit' | 'load' } = {},
): Promise<BenchPage> {
  const page = await context.newPage();
  const sighted = new Map<string, Set<string>>();
  await page.exposeFunction('__benchSighted', (batch: Sighting[]) => {
    for (const [column, key] of batch) {
      let keys = sighted.get(column);
      if (!keys) sighted.set(column, (keys = new Set()));
      keys.add(key);
    }
  });
  await page.addInitScript({ content: probeScript(columns) });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: options.waitUntil ?? 'commit' });
  return {
    page,
    cdp,
    sighted,
    async close() {
      await cdp.detach().catch(() => undefined);
      await page.close();
    },
  };
}

/**
 * The probe as a script. tsx keeps function names with a `__name` helper that the page lacks; the shim also
 * serves functions the scenarios pass to `page.evaluate`.
 */
function probeScript(columns: number): string {
  return `globalThis.__name ??= (f) => f;\n(${installProbe.toString()})(${JSON.stringify({ columns })});`;
}

/** Used JS heap in bytes after two forced collections (DevTools protocol). */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** Chromium's per-page counters (TaskDuration is main-thread busy time, in seconds). */
export async function pageMetrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `check` holds, polling; false on timeout. */
export async function waitFor(check: () => Promise<boolean> | boolean, timeoutMs: number, everyMs = 200) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await sleep(everyMs);
  }
  return check();
}

/** Waits until each instance has at least `counts[i]` stream subscriptions (the app's columns are live). */
export async function waitForSubscriptions(instances: readonly FakeInstance[], counts: readonly number[]) {
  const ok = await waitFor(async () => {
    const stats = await Promise.all(instances.map((i) => i.admin.streams()));
    return stats.every((s, i) => s.subscriptions.length >= counts[i]!);
  }, 20_000);
  if (!ok) throw new Error('The columns did not subscribe to their streams in time');
}

/** Distinct streams per instance (columns sharing a stream share a subscription in the app's hub). */
export function streamsPerInstance(columns: readonly BenchColumn[], instances: number): number[] {
  return Array.from({ length: instances }, (_, i) => {
    const keys = columns
      .filter((c) => c.instance === i && c.stream)
      .map((c) => `${c.stream!.stream}#${c.stream!.tag ?? ''}`);
    return new Set(keys).size;
  });
}

export function witnessSpecs(
  columns: readonly BenchColumn[],
  instances: readonly FakeInstance[],
  tokens: readonly string[],
): WitnessSpec[] {
  return columns.flatMap((c) =>
    c.stream
      ? [
          {
            columnId: c.column.id,
            instanceUrl: instances[c.instance]!.url,
            token: tokens[c.instance]!,
            stream: c.stream.stream,
            ...(c.stream.tag && { tag: c.stream.tag }),
            context: c.context,
          },
        ]
      : [],
  );
}

/** The first page of each column as Pouet requests it (limit 40), for the floor page. */
export function floorColumns(
  columns: readonly BenchColumn[],
  instances: readonly FakeInstance[],
  tokens: readonly string[],
): FloorColumn[] {
  return columns.map(({ column, instance }) => {
    const base = instances[instance]!.url;
    const tags = column.params['tags'];
    const path: Record<string, string> = {
      home: '/api/v1/timelines/home?limit=40',
      local: '/api/v1/timelines/public?local=true&limit=40',
      remote: '/api/v1/timelines/public?remote=true&limit=40',
      federated: '/api/v1/timelines/public?limit=40',
      hashtag: `/api/v1/timelines/tag/${encodeURIComponent(Array.isArray(tags) ? tags[0]! : '')}?limit=40`,
      notifications: '/api/v1/notifications?limit=40',
    };
    const p = path[column.type];
    if (!p) throw new Error(`No floor request for a ${column.type} column`);
    return { id: column.id, url: base + p, token: tokens[instance]! };
  });
}
