import { useEffect } from 'react';
import { composeOpened } from './compose.store';

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** N anywhere in the deck opens the composer with the caret in its text. */
export function useComposeKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'n' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented)
        return;
      if (typing(event.target) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      composeOpened();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
