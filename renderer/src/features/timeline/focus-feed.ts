/**
 * Focuses the current item of a column's feed (or its first one), so the deck can move between columns
 * with h/l. Returns false when the column shows no item (loading, empty, error).
 */
export function focusColumnFeed(columnId: string): boolean {
  const feed = document.querySelector(`[data-feed-column="${columnId.replace(/["\\]/g, '\\$&')}"]`);
  const target =
    feed?.querySelector('article[data-current="true"]') ?? feed?.querySelector('[role="feed"] article');
  if (!(target instanceof HTMLElement)) return false;
  target.focus();
  return true;
}
