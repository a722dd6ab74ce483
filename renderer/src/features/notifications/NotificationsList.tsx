import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

interface Props<Row extends { key: string }> {
  label: string;
  rows: readonly Row[];
  hasMore: boolean;
  loadingMore: boolean;
  /** Stop asking for more (the last attempt failed; the footer offers a retry). */
  loadMorePaused: boolean;
  onLoadMore(): void;
  /** Whether the reader is at the top, where the newest notifications are. */
  onAtTopChange(atTop: boolean): void;
  renderRow(row: Row): ReactNode;
  rowLabel(row: Row): string;
  isUnread(row: Row): boolean;
  /** Enter on a focused row: open what it is about (a post's thread, a person's profile). */
  onOpenRow(row: Row): void;
  footer: ReactNode;
}

const topSlack = 4;
const estimatedRowHeight = 96;

const quoted = (value: string) => value.replace(/["\\]/g, '\\$&');
const typingIn = (target: EventTarget) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(target.tagName));

/**
 * The virtualised ARIA feed of a notifications column: only rows near the viewport are in the DOM. Away
 * from the top, the row under the reader's eyes stays put when new groups arrive above it. j/k move from
 * row to row.
 */
export function NotificationsList<Row extends { key: string }>(props: Props<Row>) {
  const { rows, hasMore, loadingMore, loadMorePaused, onLoadMore, onAtTopChange } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [atTop, setAtTop] = useState(true);
  const [currentKey, setCurrentKey] = useState<string>();
  const focusPending = useRef(false);

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render on purpose.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimatedRowHeight,
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 6,
    anchorTo: atTop ? 'start' : 'end',
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? -1;

  useEffect(() => onAtTopChange(atTop), [atTop, onAtTopChange]);

  useEffect(() => {
    if (hasMore && !loadingMore && !loadMorePaused && lastIndex >= rows.length - 5) onLoadMore();
  }, [hasMore, loadingMore, loadMorePaused, lastIndex, rows.length, onLoadMore]);

  useEffect(() => {
    if (!focusPending.current || !currentKey) return;
    const element = scrollRef.current?.querySelector(`[data-key="${quoted(currentKey)}"]`);
    if (element instanceof HTMLElement) {
      focusPending.current = false;
      element.focus({ preventScroll: true });
    }
  });

  const onScroll = () => {
    const element = scrollRef.current;
    if (!element) return;
    const top = element.scrollTop <= topSlack;
    if (top !== atTop) setAtTop(top);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || typingIn(event.target)) return;
    if (event.key === 'Enter' && event.target instanceof HTMLElement && event.target.matches('[data-key]')) {
      const row = rows.find((held) => held.key === (event.target as HTMLElement).dataset['key']);
      if (row) {
        event.preventDefault();
        props.onOpenRow(row);
      }
      return;
    }
    if (event.key !== 'j' && event.key !== 'k') return;
    event.preventDefault();
    const focused =
      event.target instanceof HTMLElement
        ? event.target.closest<HTMLElement>('[data-key]')?.dataset['key']
        : undefined;
    const from = focused ?? currentKey;
    const index = from ? rows.findIndex((row) => row.key === from) : -1;
    const next = event.key === 'j' ? Math.min(rows.length - 1, index + 1) : Math.max(0, index - 1);
    const row = rows[next];
    if (!row) return;
    focusPending.current = true;
    setCurrentKey(row.key);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const currentIndex = Math.max(0, currentKey ? rows.findIndex((row) => row.key === currentKey) : 0);

  return (
    <div className="timeline-list">
      <div ref={scrollRef} className="timeline-scroll" onScroll={onScroll}>
        <div
          role="feed"
          aria-label={props.label}
          aria-busy={loadingMore}
          className="timeline-feed"
          style={{ height: virtualizer.getTotalSize() }}
          onKeyDown={onKeyDown}
          onFocus={(event) => {
            const key =
              event.target instanceof HTMLElement
                ? event.target.closest<HTMLElement>('[data-key]')?.dataset['key']
                : undefined;
            if (key && key !== currentKey) setCurrentKey(key);
          }}
        >
          <div className="timeline-window" style={{ transform: `translateY(${items[0]?.start ?? 0}px)` }}>
            {items.map((item) => {
              const row = rows[item.index]!;
              const unread = props.isUnread(row);
              return (
                <article
                  key={row.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  data-key={row.key}
                  data-unread={unread || undefined}
                  data-current={item.index === currentIndex || undefined}
                  className="timeline-row notifications-row"
                  tabIndex={item.index === currentIndex ? 0 : -1}
                  aria-posinset={item.index + 1}
                  aria-setsize={hasMore ? -1 : rows.length}
                  aria-label={props.rowLabel(row)}
                >
                  {props.renderRow(row)}
                </article>
              );
            })}
          </div>
        </div>
        {props.footer}
      </div>
    </div>
  );
}
