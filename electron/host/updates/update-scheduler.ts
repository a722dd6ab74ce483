import type { Logger } from '../log';
import { firstDueAt, nextDueAt, timerDelay, type UpdateTiming } from './update-policy';

/** Time, injected so tests drive it; the shell passes {@link systemClock}. */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface UpdateScheduler {
  /** Starts (or resumes) checking: soon after start, then daily. Does nothing when already running. */
  start(): void;
  /** Stops checking; a check already under way finishes but schedules nothing. */
  stop(): void;
  readonly running: boolean;
}

/**
 * Runs `check` quietly: once shortly after start, then every `checkIntervalMs`, sooner again after a
 * failure. Failures are logged, never thrown: an update check must not disturb the user.
 */
export function createUpdateScheduler(
  check: () => Promise<void>,
  options: { clock: Clock; timing: UpdateTiming; log: Logger },
): UpdateScheduler {
  const { clock, timing, log } = options;
  let running = false;
  let checking = false;
  let timer: unknown;
  let dueAt = 0;
  let lastSuccessAt: number | undefined;

  const arm = () => {
    if (!running || checking) return;
    timer = clock.setTimeout(() => void tick(), timerDelay(clock.now(), dueAt, timing));
  };

  const tick = async () => {
    timer = undefined;
    if (!running) return;
    if (clock.now() < dueAt) return arm();
    checking = true;
    let succeeded = true;
    try {
      await check();
    } catch (error) {
      succeeded = false;
      log.warn('update check failed; will try again later', error instanceof Error ? error.message : error);
    } finally {
      checking = false;
    }
    const now = clock.now();
    if (succeeded) lastSuccessAt = now;
    dueAt = nextDueAt(now, succeeded, timing);
    arm();
  };

  return {
    start() {
      if (running) return;
      running = true;
      dueAt = firstDueAt(clock.now(), lastSuccessAt, timing);
      arm();
    },
    stop() {
      running = false;
      if (timer !== undefined) clock.clearTimeout(timer);
      timer = undefined;
    },
    get running() {
      return running;
    },
  };
}
