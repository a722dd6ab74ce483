/**
 * The host's backstop against a flood of desktop alerts. The renderer already groups bursts into summaries
 * (features/notifications/alert-throttle.ts); this token bucket only guarantees that nothing, not even a
 * misbehaving renderer, can put more than a handful of alerts on the user's screen per minute.
 */
export interface AlertGateOptions {
  /** Alerts allowed back to back. */
  burst: number;
  /** One more alert is allowed every `refillMs`. */
  refillMs: number;
  now?: () => number;
}

export class AlertGate {
  private tokens: number;
  private updatedAt: number;
  private readonly options: Required<AlertGateOptions>;

  constructor(options: AlertGateOptions) {
    this.options = { now: Date.now, ...options };
    this.tokens = options.burst;
    this.updatedAt = this.options.now();
  }

  /** Takes a token if one is left: true means the alert may be shown. */
  tryPass(): boolean {
    const now = this.options.now();
    const refilled = Math.floor((now - this.updatedAt) / this.options.refillMs);
    if (refilled > 0) {
      this.tokens = Math.min(this.options.burst, this.tokens + refilled);
      this.updatedAt += refilled * this.options.refillMs;
    }
    if (this.tokens === this.options.burst) this.updatedAt = now;
    if (this.tokens <= 0) return false;
    this.tokens--;
    return true;
  }
}
