import type { Browser } from '@playwright/test';
import type { FakeInstance } from '../e2e/fake-instance';
import type { PouetApp } from '../e2e/harness/app-harness';
import type { RendererServer } from '../e2e/harness/renderer-server';
import type { ScenarioSizes } from './budgets';
import type { Figure } from './report';

/** What every scenario gets: the sizes of this run, the browser, the build, two instances and the app. */
export interface BenchContext {
  sizes: ScenarioSizes;
  browser: Browser;
  renderer: RendererServer;
  /** The renderer build under test (its own folder, so concurrent `out/` builds cannot change it). */
  buildDir: string;
  /** Two fake instances; `accountIds[i]` and `tokens[i]` are signed in on `instances[i]`. */
  instances: FakeInstance[];
  app: PouetApp;
  accountIds: string[];
  tokens: string[];
  log(message: string): void;
}

export interface ScenarioResult {
  figures: Figure[];
  /** Facts worth keeping in the JSON (series, per-column counts…). */
  data?: Record<string, unknown>;
}
