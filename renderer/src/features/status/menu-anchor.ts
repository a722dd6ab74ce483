/** Menu rows are about this tall (ui/Menu: 8px padding around a 14px line), plus the menu's own padding. */
const rowHeight = 37;
const menuWidth = 268;
const margin = 8;

/**
 * Where to open a menu of `rows` items by the button in `box`: below it, or above when it would run past
 * the bottom of the window, and never past its right edge.
 */
export function menuAnchor(
  box: DOMRect,
  rows: number,
  align: 'start' | 'end' = 'start',
): { top: number; left: number } {
  const height = rows * rowHeight + 14;
  const below = box.bottom + 4;
  const top = below + height <= window.innerHeight - margin ? below : Math.max(margin, box.top - 4 - height);
  const wanted = align === 'end' ? box.right - menuWidth : box.left;
  return { top, left: Math.max(margin, Math.min(wanted, window.innerWidth - menuWidth - margin)) };
}
