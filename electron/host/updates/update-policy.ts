/**
 * When Pouet may look for updates, and how often. Pure: the shell passes in what it knows, so every rule is
 * unit-tested without Electron.
 * @see https://www.electron.build/auto-update
 */

export interface UpdateEnvironment {
  /** `app.isPackaged`. Development runs (`npm run dev`, `electron out/main/index.js`) never update. */
  isPackaged: boolean;
  /** Process environment: `POUET_DISABLE_UPDATES=1` lets distribution packagers and admins turn updates off. */
  env: Readonly<Record<string, string | undefined>>;
}

/** Why no update check runs; `undefined` means checks may run. */
export type UpdateBlocker = 'development' | 'disabled-by-environment' | 'opted-out';

export const disableUpdatesVariable = 'POUET_DISABLE_UPDATES';

export function updateBlocker(
  environment: UpdateEnvironment,
  autoUpdate: boolean,
): UpdateBlocker | undefined {
  if (!environment.isPackaged) return 'development';
  const disabled = environment.env[disableUpdatesVariable];
  if (disabled !== undefined && disabled !== '' && disabled !== '0') return 'disabled-by-environment';
  if (!autoUpdate) return 'opted-out';
  return undefined;
}

export interface UpdateTiming {
  /** After start, so the window and the timelines load before anything else uses the network. */
  firstCheckDelayMs: number;
  /** Between two successful checks. */
  checkIntervalMs: number;
  /** After a failed check (offline, GitHub unreachable): try again sooner than a day. */
  retryDelayMs: number;
  /**
   * The longest single timer. Timers do not run while a laptop sleeps, so waking at least this often
   * lets a check that fell due during sleep run soon after waking, not a whole interval later.
   */
  maxTimerMs: number;
}

const minute = 60_000;
const hour = 60 * minute;

export const defaultUpdateTiming: UpdateTiming = {
  firstCheckDelayMs: 15_000,
  checkIntervalMs: 24 * hour,
  retryDelayMs: hour,
  maxTimerMs: hour,
};

/** When the next check is due after (re)starting, given the last successful one. */
export function firstDueAt(now: number, lastSuccessAt: number | undefined, timing: UpdateTiming): number {
  const soon = now + timing.firstCheckDelayMs;
  return lastSuccessAt === undefined ? soon : Math.max(soon, lastSuccessAt + timing.checkIntervalMs);
}

/** When the next check is due after one finished. */
export function nextDueAt(now: number, succeeded: boolean, timing: UpdateTiming): number {
  return now + (succeeded ? timing.checkIntervalMs : timing.retryDelayMs);
}

/** How long to sleep before looking at the clock again. */
export function timerDelay(now: number, dueAt: number, timing: UpdateTiming): number {
  return Math.min(Math.max(0, dueAt - now), timing.maxTimerMs);
}
