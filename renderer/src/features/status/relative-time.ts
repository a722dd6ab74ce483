import { useSyncExternalStore } from 'react';

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/**
 * Intl formatters are costly to build (a fraction of a millisecond each) and every visible post asks for
 * two or three on each render, so they are made once per language and kind (see bench/, "Live").
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>();
function formatter<F extends Intl.DateTimeFormat | Intl.RelativeTimeFormat>(key: string, make: () => F): F {
  let made = formatters.get(key) as F | undefined;
  if (!made) {
    made = make();
    formatters.set(key, made);
  }
  return made;
}

/**
 * "now", "5 min ago", "3 h ago", "2 days ago", then a short date; in the interface language. Future times
 * (a poll closing) read "in 3 h".
 */
export function relativeTime(at: number, now: number, language: string): string {
  const diff = at - now;
  const abs = Math.abs(diff);
  const format = formatter(
    `relative ${language}`,
    () => new Intl.RelativeTimeFormat(language, { numeric: 'auto', style: 'narrow' }),
  );
  if (abs < 45_000) return format.format(0, 'second');
  if (abs < 45 * minute) return format.format(Math.round(diff / minute), 'minute');
  if (abs < 22 * hour) return format.format(Math.round(diff / hour), 'hour');
  if (abs < 7 * day) return format.format(Math.round(diff / day), 'day');
  const sameYear = new Date(at).getFullYear() === new Date(now).getFullYear();
  return formatter(
    `date ${language} ${sameYear}`,
    () =>
      new Intl.DateTimeFormat(language, {
        day: 'numeric',
        month: 'short',
        ...(!sameYear && { year: 'numeric' }),
      }),
  ).format(at);
}

/** The full date and time, for hover titles. */
export const absoluteTime = (at: number, language: string): string =>
  formatter(
    `full ${language}`,
    () => new Intl.DateTimeFormat(language, { dateStyle: 'full', timeStyle: 'short' }),
  ).format(at);

// One shared clock for every visible timestamp, ticking only while someone shows one.
const tickMs = 30_000;
let now = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    // Only a stale clock moves: a change here renders every subscriber again, and at startup the first
    // one subscribes right after every card of the first screen has read the clock.
    if (Date.now() - now >= tickMs) now = Date.now();
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
