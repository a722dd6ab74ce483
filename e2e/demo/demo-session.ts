/**
 * A demo of Pouet that needs no account anywhere: two fake instances with live activity, two demo accounts
 * signed in through the real OAuth flow, a starter deck, and the app in Chromium with the real host
 * services behind it. Used by `npm run demo` and its test.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import type { FakeInstance } from '../fake-instance/index';
import type { PouetApp } from '../harness/app-harness';
import { launchChromium } from '../harness/browser';
import { serveRenderer, type RendererServer } from '../harness/renderer-server';
import { launchSignedInDeck } from '../harness/signed-in-deck';
import { demoDeck } from './demo-deck';
import { startDemoInstances } from './demo-instances';

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
    const [main, second] = await startDemoInstances(options.port);
    cleanups.push(
      () => main.close(),
      () => second.close(),
    );

    const browser: Browser = await launchChromium({ headless: options.headless });
    cleanups.push(() => browser.close());
    const renderer: RendererServer = await serveRenderer();
    cleanups.push(() => renderer.close());
    // A throwaway data folder: demo accounts never mix with real ones.
    const dataDir = await mkdtemp(join(tmpdir(), 'pouet-demo-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const { app } = await launchSignedInDeck({
      browser,
      renderer,
      dataDir,
      demo: 'active',
      viewport: options.viewport ?? { width: 1920, height: 1080 },
      accounts: [
        { instanceUrl: main.url, username: 'alice' },
        { instanceUrl: second.url, username: 'bob' },
      ],
      layout: ([alice, bob]) => demoDeck(alice!, bob!),
    });
    cleanups.push(() => app.close());

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
