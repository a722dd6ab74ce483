import { test as base, type Browser } from '@playwright/test';
import type {} from '../../electron/ipc/window-bridge';
import { startFakeInstance, type FakeInstance, type FakeInstanceOptions } from '../fake-instance/index';
import { launchApp, type LaunchOptions, type PouetApp } from './app-harness';
import { launchChromium } from './browser';
import { serveRenderer, type RendererServer } from './renderer-server';

type Launch = (options?: Omit<LaunchOptions, 'browser' | 'renderer'>) => Promise<PouetApp>;

interface WorkerFixtures {
  chromiumBrowser: Browser;
  renderer: RendererServer;
}

interface TestFixtures {
  /** Starts the app (several times if a test needs several); each is closed after the test. */
  launch: Launch;
  /** Starts a fake Mastodon instance on an ephemeral port; each is closed after the test. */
  startInstance: (options?: FakeInstanceOptions) => Promise<FakeInstance>;
}

/** `test` for Pouet's end-to-end specs: the app under test comes from `launch()`. */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  chromiumBrowser: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
    async ({}, use) => {
      const browser = await launchChromium();
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  renderer: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
    async ({}, use) => {
      const server = await serveRenderer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  launch: async ({ chromiumBrowser, renderer }, use) => {
    const apps: PouetApp[] = [];
    await use(async (options = {}) => {
      const app = await launchApp({ ...options, browser: chromiumBrowser, renderer });
      apps.push(app);
      return app;
    });
    await Promise.all(apps.map((app) => app.close()));
  },
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
  startInstance: async ({}, use) => {
    const instances: FakeInstance[] = [];
    await use(async (options = {}) => {
      const instance = await startFakeInstance({ port: 0, ...options });
      instances.push(instance);
      return instance;
    });
    await Promise.all(instances.map((instance) => instance.close()));
  },
});

export { expect } from '@playwright/test';
