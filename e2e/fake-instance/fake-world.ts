import { createClock, type Clock } from './clock';
import { Faults } from './faults';
import { seedAccountsOnly, seedDemo } from './generator/seed';
import { IdMint } from './ids';
import { Store } from './store';
import type { StreamSink, World } from './world';

export interface WorldOptions {
  origin: string;
  title: string;
  legacy: boolean;
  streaming: boolean;
  seed: number;
  mediaProcessingMs: number;
  now?: () => number;
}

export function createWorld(o: WorldOptions, events: StreamSink): World {
  const clock: Clock = createClock(o.now);
  return {
    origin: o.origin,
    domain: new URL(o.origin).host,
    title: o.title,
    legacy: o.legacy,
    streamingEnabled: o.streaming,
    mediaProcessingMs: o.mediaProcessingMs,
    seed: o.seed,
    clock,
    ids: new IdMint(),
    store: new Store(),
    events,
    faults: new Faults(),
  };
}

export type SeedMode = 'demo' | 'accounts';

/** Replaces all state (tokens included) with freshly seeded content. */
export function reseed(w: World, mode: SeedMode, seed: number, anchor: number): void {
  w.store = new Store();
  w.ids = new IdMint();
  w.seed = seed;
  if (mode === 'demo') seedDemo(w, seed, anchor);
  else seedAccountsOnly(w, seed, anchor);
}
