import { useEffect, useState, useSyncExternalStore, type RefObject } from 'react';
import { columnCameOnScreen, columnLeftScreen, type ColumnCoverage } from './notifications.store';

/**
 * Whether the user is looking at the window: it has the focus and is not hidden. In Electron both follow
 * the BrowserWindow; the e2e harness flips them with `app.setFocused()`.
 */
export const windowAttended = (): boolean => document.visibilityState === 'visible' && document.hasFocus();

function subscribe(onChange: () => void): () => void {
  window.addEventListener('focus', onChange);
  window.addEventListener('blur', onChange);
  document.addEventListener('visibilitychange', onChange);
  return () => {
    window.removeEventListener('focus', onChange);
    window.removeEventListener('blur', onChange);
    document.removeEventListener('visibilitychange', onChange);
  };
}

export const useWindowAttended = (): boolean => useSyncExternalStore(subscribe, windowAttended);

/**
 * Whether a column is on screen (at least half of it inside the deck's view), published so the alert
 * policy knows what the user can already see.
 */
export function useOnScreen(
  ref: RefObject<HTMLElement | null>,
  columnId: string,
  coverage: ColumnCoverage,
): boolean {
  const [visible, setVisible] = useState(false);
  const { accountIds, types } = coverage;
  const accountsKey = accountIds.join('\n');
  const typesKey = types?.join() ?? '';

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      ([entry]) => setVisible(Boolean(entry && entry.intersectionRatio >= 0.5)),
      {
        threshold: [0, 0.5, 1],
      },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);

  useEffect(() => {
    if (!visible) return;
    columnCameOnScreen(columnId, {
      accountIds: accountsKey ? accountsKey.split('\n') : [],
      types: typesKey ? (typesKey.split(',') as ColumnCoverage['types']) : undefined,
    });
    return () => columnLeftScreen(columnId);
  }, [visible, columnId, accountsKey, typesKey]);

  return visible;
}
