/**
 * A demo of Pouet that needs no account anywhere: two fake instances with live activity, two demo accounts
 * signed in through the real OAuth flow, a starter deck, and the app in Chromium with the real host
 * services behind it. Used by `npm run demo` and its test.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { startFakeInstance, type FakeInstance } from '../fake-instance/index';
import { launchApp, type PouetApp } from '../harness/app-harness';
import { launchChromium } from '../harness/browser';
import { serveRenderer, type RendererServer } from '../harness/renderer-server';
import { openDeck, signInWithHost } from '../harness/sign-in';
import { demoDeck } from './demo-deck';

export interface DemoOptions {
  headless: boolean;
  /** Port of the main demo instance (0 = any free port). */
  port: number;
  viewport?: { width: number; height: number };
}

export interface DemoSession {
  app: PouetApp;
  instances: FakeInstance[];
  accounts: string[];
  /** Waits until every column shows posts, then saves a PNG of the window. */
  screenshot(path: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startDemo(options: DemoOptions): Promise<DemoSession> {
  const cleanups: (() => Promise<unknown>)[] = [];
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  };
  try {
    const main = await startInstance({
      port: options.port,
      title: 'Pouet Demo',
      gentleLiveStream: true,
      liveEveryMs: 5000,
    });
    cleanups.push(() => main.close());
    const second = await startInstance({
      port: 0,
      title: 'Piaille Town',
      seed: 7,
      gentleLiveStream: true,
      liveEveryMs: 7000,
    });
    cleanups.push(() => second.close());

    const browser: Browser = await launchChromium({ headless: options.headless });
    cleanups.push(() => browser.close());
    const renderer: RendererServer = await serveRenderer();
    cleanups.push(() => renderer.close());
    // A throwaway data folder: demo accounts never mix with real ones.
    const dataDir = await mkdtemp(join(tmpdir(), 'pouet-demo-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const app = await launchApp({
      browser,
      renderer,
      dataDir,
      viewport: options.viewport ?? { width: 1920, height: 1080 },
    });
    cleanups.push(() => app.close());

    const alice = await signInWithHost(app, browser, main.url, 'alice');
    const bob = await signInWithHost(app, browser, second.url, 'bob');
    await openDeck(app, demoDeck(alice, bob));

    return {
      app,
      instances: [main, second],
      accounts: [`alice@${main.domain}`, `bob@${second.domain}`],
      async screenshot(path) {
        const columns = app.page.locator('.deck-column');
        await columns.first().waitFor();
        const count = await columns.count();
        if (count !== demoDeck('', '').workspaces[0]!.columns.length)
          throw new Error(`The demo deck shows ${count} columns`);
        for (const column of await columns.all())
          await column.getByRole('article').first().waitFor({ timeout: 20_000 });
        await app.page.waitForTimeout(800); // let avatars and media decode
        await app.page.screenshot({ path });
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Port 4000 may be taken (a second demo, another server): fall back to any free port. */
async function startInstance(
  options: Parameters<typeof startFakeInstance>[0] & { port: number },
): Promise<FakeInstance> {
  try {
    return await startFakeInstance(options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    return startFakeInstance({ ...options, port: 0 });
  }
}
