/**
 * Mastodon sends X-RateLimit-* on API responses (300 requests per 5 minutes per token). The fake counts
 * requests per caller and reports honest numbers but never throttles on its own: tests force 429s with
 * `failNext({ status: 429 })`.
 */
const LIMIT = 300;
const PERIOD_S = 300;

export class RateLimitCounter {
  private windows = new Map<string, { window: number; count: number }>();

  headers(caller: string, nowMs: number, exhausted = false): Record<string, string> {
    const nowS = Math.floor(nowMs / 1000);
    const window = Math.floor(nowS / PERIOD_S);
    const entry = this.windows.get(caller);
    const count = entry && entry.window === window ? entry.count + 1 : 1;
    this.windows.set(caller, { window, count });
    const reset = new Date((window + 1) * PERIOD_S * 1000).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
    return {
      'X-RateLimit-Limit': String(LIMIT),
      'X-RateLimit-Remaining': String(exhausted ? 0 : Math.max(0, LIMIT - count)),
      'X-RateLimit-Reset': reset,
    };
  }
}
