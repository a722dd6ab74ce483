import { useSyncExternalStore } from 'react';

const query = () =>
  typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : undefined;

/** The user asked for less motion: in Pouet's settings (html[data-motion]) or in the OS. */
export function prefersReducedMotion(): boolean {
  if (typeof document !== 'undefined' && document.documentElement.dataset['motion'] === 'reduced')
    return true;
  return query()?.matches ?? false;
}

function subscribe(onChange: () => void): () => void {
  const media = query();
  media?.addEventListener('change', onChange);
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-motion'] });
  return () => {
    media?.removeEventListener('change', onChange);
    observer.disconnect();
  };
}

/** Whether animated avatars and emoji may play. */
export function useAnimate(): boolean {
  return !useSyncExternalStore(subscribe, prefersReducedMotion);
}
