import type { Notification } from './notification-kinds';

export interface PendingAlert {
  accountId: string;
  notification: Notification;
}

export interface AlertThrottleOptions {
  /** Shows one alert (a single notification) or a summary (several). */
  deliver(batch: readonly PendingAlert[]): void;
  /** Quiet time after an alert before the next one may show; doubled while a burst goes on. */
  windowMs?: number;
  maxWindowMs?: number;
}

/**
 * Turns a burst of notifications into a few alerts: the first shows at once; what arrives in the next
 * `windowMs` is held and shown as one summary when the window ends; while the burst goes on, each window
 * is twice as long (up to `maxWindowMs`). After a quiet window, the next notification shows at once again.
 * Fifty favourites in a minute make three alerts, not fifty.
 */
export class AlertThrottle {
  private readonly deliver: AlertThrottleOptions['deliver'];
  private readonly baseMs: number;
  private readonly maxMs: number;
  private windowMs: number;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private held: PendingAlert[] = [];

  constructor(options: AlertThrottleOptions) {
    this.deliver = options.deliver;
    this.baseMs = options.windowMs ?? 15_000;
    this.maxMs = options.maxWindowMs ?? 120_000;
    this.windowMs = this.baseMs;
  }

  offer(alert: PendingAlert): void {
    if (this.timer === undefined) {
      this.deliver([alert]);
      this.open(this.baseMs);
      return;
    }
    this.held.push(alert);
  }

  /** Forgets what is held (do not disturb was switched on, the app is closing). */
  drop(): void {
    this.held = [];
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.held = [];
  }

  private open(ms: number): void {
    this.windowMs = ms;
    this.timer = setTimeout(() => this.windowEnded(), ms);
  }

  private windowEnded(): void {
    this.timer = undefined;
    if (this.held.length === 0) {
      this.windowMs = this.baseMs;
      return;
    }
    const batch = this.held;
    this.held = [];
    this.deliver(batch);
    this.open(Math.min(this.windowMs * 2, this.maxMs));
  }
}
