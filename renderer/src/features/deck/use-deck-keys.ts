import { useEffect } from 'react';
import { columnMoved } from './deck.store';

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

function columnsInOrder(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('.deck-column[data-column-id]')];
}

/** Focuses the post the reader was on in that column, else the column's first post, else the column. */
export function focusColumn(column: HTMLElement | undefined): void {
  if (!column) return;
  const target =
    column.querySelector<HTMLElement>('article[data-current="true"]') ??
    column.querySelector<HTMLElement>('[role="feed"] article') ??
    column.querySelector<HTMLElement>('[role="feed"]') ??
    column;
  target.focus();
  column.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/**
 * Deck-wide keys: h/l (or ←/→) move between columns, 1–9 jump to a column, Alt+Shift+←/→ moves the focused
 * column. j/k inside a column belong to the feed.
 */
export function useDeckKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (typing(event.target) || event.ctrlKey || event.metaKey || document.querySelector('dialog[open]'))
        return;
      const columns = columnsInOrder();
      const current = columns.findIndex((c) => c.contains(document.activeElement));
      if (event.altKey && event.shiftKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
        const column = columns[current];
        if (!column) return;
        const to = current + (event.key === 'ArrowLeft' ? -1 : 1);
        columnMoved(column.dataset['columnId']!, to);
        requestAnimationFrame(() =>
          focusColumn(columnsInOrder()[Math.max(0, Math.min(columns.length - 1, to))]),
        );
      } else if (event.altKey) {
        return;
      } else if (event.key === 'h' || event.key === 'ArrowLeft') {
        focusColumn(columns[Math.max(0, current - 1)]);
      } else if (event.key === 'l' || event.key === 'ArrowRight') {
        focusColumn(columns[current < 0 ? 0 : Math.min(columns.length - 1, current + 1)]);
      } else if (/^[1-9]$/.test(event.key)) {
        focusColumn(columns[Number(event.key) - 1]);
      } else {
        return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
