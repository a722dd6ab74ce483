import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { createHost, type Host } from '../../electron/host/host';
import type { Cipher } from '../../electron/host/ports';
import { buildBridge } from '../../electron/ipc/bridge';
import { capabilityNames } from '../../electron/ipc/names';
import type { RendererServer } from './renderer-server';
import { createTestCipher, createTestPorts, PlatformRecorder } from './test-ports';

export interface LaunchOptions {
  browser: Browser;
  renderer: RendererServer;
  /** Re-use a data folder (to test what survives a restart); a fresh temporary one otherwise. */
  dataDir?: string;
  cipher?: Cipher;
  locale?: string;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  verbose?: boolean;
  /** `active` for the demo: the app says it is one. */
  demo?: 'off' | 'available' | 'active';
}

export interface PouetApp {
  page: Page;
  host: Host;
  dataDir: string;
  /** What the app asked of the OS: URLs for the system browser, desktop notifications. */
  platform: PlatformRecorder;
  /**
   * Simulates the window losing or regaining focus, as the desktop shell reports it to the page: the
   * renderer reads `document.hasFocus()` and listens for `focus`/`blur` on the window (the same signals
   * Electron gives it), so those are what change. Applies to the current page only (not across restarts).
   */
  setFocused(focused: boolean): Promise<void>;
  /**
   * Clicks a desktop alert the app showed (by its tag), as the Electron shell handles it: the window comes
   * to the front and the host emits `notification.clicked` with the tag.
   */
  clickNotification(tag: string | undefined): Promise<void>;
  /** Quits and starts the app again on the same data folder and keychain. */
  restart(overrides?: Partial<Pick<LaunchOptions, 'locale' | 'colorScheme'>>): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts Pouet as the desktop app would, minus Electron: the production renderer in Chromium, with the real
 * host services behind `window.pouet`, bound through the same dispatcher and bridge builder the preload uses.
 */
export async function launchApp(options: LaunchOptions): Promise<PouetApp> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'pouet-e2e-')));
  const ownsDataDir = options.dataDir === undefined;
  const cipher = options.cipher ?? createTestCipher();
  const platform = new PlatformRecorder();
  let settings = { locale: options.locale ?? 'en-US', colorScheme: options.colorScheme ?? 'dark' };
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let host: Host | undefined;
  let emit: ((event: string, payload: unknown) => void) | undefined;

  const setFocused = async (focused: boolean) => {
    await page?.evaluate((value) => {
      Object.defineProperty(document, 'hasFocus', { configurable: true, value: () => value });
      window.dispatchEvent(new Event(value ? 'focus' : 'blur'));
    }, focused);
  };

  const start = async () => {
    const ports = createTestPorts({
      dataDir,
      cipher,
      recorder: platform,
      verbose: options.verbose ?? false,
      demo: options.demo,
    });
    emit = (event: string, payload: unknown) =>
      void page
        ?.evaluate(([name, data]) => (window as unknown as PouetTestWindow).__pouetEmit?.(name, data), [
          event,
          payload,
        ] as const)
        .catch(() => undefined);
    host = await createHost(ports, emit);
    const dispatch = host.dispatcher([options.renderer.origin]);
    context = await options.browser.newContext({
      locale: settings.locale,
      colorScheme: settings.colorScheme,
      viewport: options.viewport ?? { width: 1440, height: 900 },
    });
    await context.exposeBinding('__pouetInvoke', (source, name: string, input: unknown) =>
      dispatch(name, input, { url: source.frame.url() }),
    );
    await context.addInitScript({ content: bridgeInstallScript() });
    page = await context.newPage();
    await page.goto(options.renderer.url);
  };

  const stop = async () => {
    await context?.close();
    await host?.close();
    context = undefined;
    page = undefined;
  };

  await start();
  return {
    get page() {
      if (!page) throw new Error('The app is not running');
      return page;
    },
    get host() {
      if (!host) throw new Error('The app is not running');
      return host;
    },
    dataDir,
    platform,
    setFocused,
    async clickNotification(tag) {
      await setFocused(true);
      emit?.('notification.clicked', { tag });
    },
    async restart(overrides) {
      await stop();
      settings = { ...settings, ...overrides };
      await start();
    },
    async close() {
      await stop();
      if (ownsDataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

interface PouetTestWindow {
  __pouetInvoke(name: string, input: unknown): Promise<unknown>;
  __pouetEmit?(event: string, payload: unknown): void;
  pouet: unknown;
}

/** The page-side half of the binding: builds `window.pouet` with the preload's own bridge builder. */
function bridgeInstallScript(): string {
  function install(build: typeof buildBridge, names: readonly string[]) {
    const w = window as unknown as PouetTestWindow;
    const listeners = new Map<string, Set<(payload: unknown) => void>>();
    w.__pouetEmit = (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload));
    w.pouet = build(
      names,
      (name, input) => w.__pouetInvoke(name, input),
      (event, listener) => {
        const set = listeners.get(event) ?? new Set();
        listeners.set(event, set);
        set.add(listener);
        return () => set.delete(listener);
      },
    );
  }
  return `(${install.toString()})(${buildBridge.toString()}, ${JSON.stringify(capabilityNames)});`;
}
