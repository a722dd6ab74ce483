/** Time source for everything time-based (ids, poll expiry, media processing, idempotency), so tests can
 * freeze or shift it. `advance` moves the clock forward without touching real timers. */
export interface Clock {
  now(): number;
  advance(ms: number): void;
}

export function createClock(base: () => number = Date.now): Clock {
  let offset = 0;
  return {
    now: () => base() + offset,
    advance: (ms) => {
      offset += ms;
    },
  };
}

export const iso = (ms: number): string => new Date(ms).toISOString();
