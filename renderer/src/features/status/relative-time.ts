import { useSyncExternalStore } from 'react';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/**
 * "now", "5 min ago", "3 h ago", "2 days ago", then a short date; in the interface language. Future times
 * (a poll closing) read "in 3 h".
 */
export function relativeTime(at: number, now: number, language: string): string {
  const diff = at - now;
  const abs = Math.abs(diff);
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto', style: 'narrow' });
  if (abs < 45_000) return format.format(0, 'second');
  if (abs < 45 * minute) return format.format(Math.round(diff / minute), 'minute');
  if (abs < 22 * hour) return format.format(Math.round(diff / hour), 'hour');
  if (abs < 7 * day) return format.format(Math.round(diff / day), 'day');
  const sameYear = new Date(at).getFullYear() === new Date(now).getFullYear();
  return new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'short',
    ...(!sameYear && { year: 'numeric' }),
  }).format(at);
}

/** The full date and time, for hover titles. */
export const absoluteTime = (at: number, language: string): string =>
  new Intl.DateTimeFormat(language, { dateStyle: 'full', timeStyle: 'short' }).format(at);

// One shared clock for every visible timestamp, ticking only while someone shows one.
const tickMs = 30_000;
let now = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      listeners.forEach((l) => l());
    }, tickMs);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The current time, updated every 30 s while mounted (so "5 min ago" stays true). */
export function useNow(): number {
  return useSyncExternalStore(subscribe, () => now);
}
