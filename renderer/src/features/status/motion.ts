import { useSyncExternalStore } from 'react';

let media: MediaQueryList | undefined;
const query = () =>
  (media ??= typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : undefined);

/** The user asked for less motion: in Pouet's settings (html[data-motion]) or in the OS. */
export function prefersReducedMotion(): boolean {
  if (typeof document !== 'undefined' && document.documentElement.dataset['motion'] === 'reduced')
    return true;
  return query()?.matches ?? false;
}

/**
 * Every avatar, emoji and post body asks, so they share one media query, one observer and one answer:
 * a query and an observer per mounted card were ~1% of the main thread under a firehose (bench/, "Live").
 */
const listeners = new Set<() => void>();
let reduced = false;
let stopWatching: (() => void) | undefined;

function changed() {
  reduced = prefersReducedMotion();
  listeners.forEach((listener) => listener());
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  if (!stopWatching) {
    reduced = prefersReducedMotion();
    const list = query();
    list?.addEventListener('change', changed);
    const observer = new MutationObserver(changed);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-motion'] });
    stopWatching = () => {
      list?.removeEventListener('change', changed);
      observer.disconnect();
    };
  }
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0) {
      stopWatching?.();
      stopWatching = undefined;
    }
  };
}

/** While nobody subscribes (first render), ask directly. */
const snapshot = () => (stopWatching ? reduced : prefersReducedMotion());

/** Whether animated avatars and emoji may play. */
export function useAnimate(): boolean {
  return !useSyncExternalStore(subscribe, snapshot);
}
