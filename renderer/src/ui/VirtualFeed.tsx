import { elementScroll, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

/** What a scroll of the feed tells its owner. */
export interface FeedScroll<Row> {
  /** Whether the reader is now within a few pixels of the top. */
  atTop: boolean;
  /** The scrolling element. */
  element: HTMLElement;
  /** The row at the top of the viewport (the first row when none is measured there yet). */
  rowAtTop(): Row | undefined;
}

/** A feed's rows and paging, as the owner of a feed passes them through. */
export interface FeedSource<Row> {
  label: string;
  rows: readonly Row[];
  hasMore: boolean;
  loadingMore: boolean;
  /** Stop asking for more (the last attempt failed; the footer offers a retry). */
  loadMorePaused: boolean;
  onLoadMore(): void;
  renderRow(row: Row): ReactNode;
  rowLabel(row: Row): string;
  footer: ReactNode;
}

interface Props<Row extends { key: string }> extends FeedSource<Row> {
  /** Whether the reader is at the top (owned by the caller, updated from `onScroll`). Away from the top,
   * the row under the reader's eyes stays in place when rows come or go above it. */
  atTop: boolean;
  onScroll(scroll: FeedScroll<Row>): void;
  /** Sizes the scrollbar and the first pass, before rows are measured. */
  estimatedRowHeight: number;
  /** Rows drawn past each edge of the viewport. */
  overscan: number;
  /** Let j/k typed on a button inside the feed alone, as in a text field. */
  buttonsKeepKeys?: boolean;
  /** Drawn above the scrolling area, given a way to scroll back to the top (the "N new" pill). */
  renderPill?(scrollToTop: () => void): ReactNode;
  rowClassName(row: Row): string;
  isUnread?(row: Row): boolean;
  /** Enter on a focused row. */
  onOpenRow?(row: Row): void;
  /** How many rows are in the DOM, after each render. */
  onDrawnRows?(count: number): void;
}

/** Row sizes kept beyond twice the feed's rows before the ones no longer in it are dropped. */
const sizeSlack = 200;

/** Within this many pixels of the top, the reader is "at the top". */
const topSlack = 4;

/** An attribute value for a selector inside double quotes. */
const quoted = (value: string) => value.replace(/["\\]/g, '\\$&');

const typingIn = (target: EventTarget, buttonsKeepKeys: boolean) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    (buttonsKeepKeys ? /^(INPUT|TEXTAREA|SELECT|BUTTON)$/ : /^(INPUT|TEXTAREA|SELECT)$/).test(
      target.tagName,
    ));

const rowKeyOf = (target: EventTarget) =>
  target instanceof HTMLElement ? target.closest<HTMLElement>('[data-key]')?.dataset['key'] : undefined;

/**
 * Row sizes from the ResizeObserver only. The default also reads `offsetHeight` when a row mounts, forcing
 * a layout inside every commit: six columns taking a batch of posts meant six layouts in one task. At the
 * top of a feed nothing depends on that early read (rows flow from offset 0), so the sizes can wait for the
 * observer, which reports them after the frame's own layout, before paint.
 */
function measureFromObserver(
  element: Element,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLDivElement, Element>,
): number {
  const box = entry?.borderBoxSize[0];
  if (box) return Math.round(box.blockSize);
  const index = instance.indexFromElement(element);
  return (
    instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index)
  );
}

/**
 * The scrolling element's size from the ResizeObserver only. The default reads `clientHeight` when a feed
 * mounts, forcing a layout in the middle of the commit: at startup each column paid for one, on a page
 * still growing. The observer reports the size after the frame's own layout; until then the feed assumes
 * the window's height (`initialRect`), which a column never exceeds, so the first pass draws enough rows.
 */
function observeSizeFromObserver(
  instance: Virtualizer<HTMLDivElement, Element>,
  onSize: (rect: { width: number; height: number }) => void,
): (() => void) | undefined {
  const element = instance.scrollElement;
  if (!element || typeof ResizeObserver === 'undefined') return undefined;
  const observer = new ResizeObserver(([entry]) => {
    const box = entry?.contentBoxSize[0];
    if (box) onSize({ width: Math.round(box.inlineSize), height: Math.round(box.blockSize) });
  });
  observer.observe(element);
  return () => observer.disconnect();
}

const scrolled = new WeakSet<Element>();

/**
 * The virtualizer writes its offset to the scrolling element as soon as it attaches. A new element is at 0
 * already, and `scrollTo` forces a layout to clamp the offset: at startup those writes were ~50 ms of
 * forced layouts (profile of a six-column deck). The first write is skipped when it asks for 0, as the
 * browser would do nothing with it (no scroll event either); every later one goes through.
 */
const scrollUnlessNew: typeof elementScroll<HTMLDivElement> = (offset, options, instance) => {
  const element = instance.scrollElement;
  if (element && !scrolled.has(element)) {
    scrolled.add(element);
    if (offset + (options.adjustments ?? 0) === 0) return;
  }
  elementScroll(offset, options, instance);
};

const initialRect = () => ({ width: 0, height: typeof window === 'undefined' ? 0 : window.innerHeight });

/**
 * A virtualised ARIA feed: the DOM holds only the rows near the viewport however long the feed grows.
 * The virtualizer anchors on a row's key when rows are added or removed above it. j/k move from row to
 * row; more rows are asked for as the reader nears the bottom.
 */
export function VirtualFeed<Row extends { key: string }>(props: Props<Row>) {
  const { rows, atTop, hasMore, loadingMore, loadMorePaused, onLoadMore } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [currentKey, setCurrentKey] = useState<string>();
  const focusPending = useRef(false);

  // A new feed draws the rows on screen first; those past its edges follow in a background render, so
  // six columns mounting at startup paint a third fewer cards first (bench: 529 → 480 ms, median of 20).
  const settled = useDeferredValue(true, false);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render on purpose.
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => props.estimatedRowHeight,
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: settled ? props.overscan : 0,
    initialRect: initialRect(),
    observeElementRect: observeSizeFromObserver,
    scrollToFn: scrollUnlessNew,
    // Away from the top, keep the row under the reader's eyes in place when rows come or go above it.
    anchorTo: atTop ? 'start' : 'end',
    // Away from the top, rows mounting above the reader must be measured at once to keep the view still.
    ...(atTop && { measureElement: measureFromObserver }),
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? -1;

  const { onDrawnRows } = props;
  useEffect(() => {
    onDrawnRows?.(items.length);
  }, [onDrawnRows, items.length]);

  // The virtualizer remembers the size of every row it ever measured, by key. Under a live stream that is
  // thousands of rows an hour per column, long gone from the feed: the soak's heap grew 0.3 MB a minute,
  // most of it these keys (heap snapshots 4 minutes apart). Sizes of rows no longer in the feed go.
  useEffect(() => {
    const sizes = virtualizer.itemSizeCache;
    if (sizes.size <= rows.length * 2 + sizeSlack) return;
    const held = new Set<unknown>(rows.map((row) => row.key));
    for (const key of sizes.keys()) if (!held.has(key)) sizes.delete(key);
  }, [rows, virtualizer]);

  useEffect(() => {
    if (hasMore && !loadingMore && !loadMorePaused && lastIndex >= rows.length - 5) onLoadMore();
  }, [hasMore, loadingMore, loadMorePaused, lastIndex, rows.length, onLoadMore]);

  // After j/k, focus the new current row once the virtualizer has rendered it.
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
    props.onScroll({
      atTop: element.scrollTop <= topSlack,
      element,
      rowAtTop: () => {
        const item = virtualizer.getVirtualItemForOffset(element.scrollTop + topSlack);
        return item ? rows[item.index] : rows[0];
      },
    });
  };

  const scrollToTop = () => virtualizer.scrollToOffset(0);

  const onKeyDown = (event: KeyboardEvent) => {
    if (
      event.altKey ||
      event.ctrlKey ||
      event.metaKey ||
      typingIn(event.target, props.buttonsKeepKeys ?? false)
    )
      return;
    if (event.key === 'Enter' && event.target instanceof HTMLElement && event.target.matches('[data-key]')) {
      const key = event.target.dataset['key'];
      const row = rows.find((r) => r.key === key);
      if (row && props.onOpenRow) {
        event.preventDefault();
        props.onOpenRow(row);
      }
      return;
    }
    if (event.key !== 'j' && event.key !== 'k') return;
    event.preventDefault();
    const from = rowKeyOf(event.target) ?? currentKey;
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
      {props.renderPill?.(scrollToTop)}
      <div ref={scrollRef} className="timeline-scroll" onScroll={onScroll}>
        <div
          role="feed"
          aria-label={props.label}
          aria-busy={loadingMore}
          className="timeline-feed"
          style={{ height: virtualizer.getTotalSize() }}
          onKeyDown={onKeyDown}
          onFocus={(event) => {
            const key = rowKeyOf(event.target);
            if (key && key !== currentKey) setCurrentKey(key);
          }}
        >
          <div
            className="timeline-window"
            // Whole pixels: the window is a compositing layer of its own (timeline.css), and a layer moved
            // by a fraction of a pixel blurs its text.
            style={{ transform: `translateY(${Math.round(items[0]?.start ?? 0)}px)` }}
          >
            {items.map((item) => {
              const row = rows[item.index]!;
              const current = item.index === currentIndex;
              return (
                <article
                  key={row.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  data-key={row.key}
                  data-unread={props.isUnread?.(row) || undefined}
                  data-current={current || undefined}
                  className={props.rowClassName(row)}
                  tabIndex={current ? 0 : -1}
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
