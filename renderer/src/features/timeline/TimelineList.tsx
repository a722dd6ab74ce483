import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { compareIds } from '../../mastodon';
import type { FeedRow } from './filters';
import type { FeedViewport } from './timeline.stream';
import { TimelineNewPill } from './TimelineNewPill';
import { TimelineRowBody } from './TimelineRow';

interface Props {
  label: string;
  rows: readonly FeedRow[];
  /** Chronological feeds hold new items above a reader who scrolled away. */
  chronological: boolean;
  newLabel: (count: number) => string;
  hasMore: boolean;
  loadingMore: boolean;
  /** Stop asking for more (the last attempt failed; the footer offers a retry). */
  loadMorePaused: boolean;
  onLoadMore(): void;
  /** The newest item the reader has had in view. */
  onSeen(sortId: string): void;
  /** The reader came back to the top: a good moment to drop what lies far below. */
  onReachedTop(): void;
  viewport: RefObject<FeedViewport>;
  renderRow(row: FeedRow): ReactNode;
  rowLabel(row: FeedRow): string;
  /** Enter on a focused row (a post: open its thread). */
  onOpenRow?(row: FeedRow): void;
  footer: ReactNode;
}

/** Within this many pixels of the top, the reader is "at the top": new posts appear live. */
const topSlack = 4;
/** Cards average 180–260 px in a narrow column (measured by `npm run bench`); the estimate only sizes the
 * scrollbar and the first pass, before rows are measured. */
const estimatedRowHeight = 200;
/** Rows drawn past each edge of the viewport: enough to scroll into, few enough that startup and a
 * firehose mount no more cards than needed (3 rows ≈ 600 px; see bench/, "Startup" and "Live"). */
const overscan = 3;

/** An attribute value for a selector inside double quotes. */
const quoted = (value: string) => value.replace(/["\\]/g, '\\$&');

const typingIn = (target: EventTarget) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/**
 * The virtualised ARIA feed of a column. The DOM holds only the rows near the viewport however long the
 * feed grows. At the top, new items appear live; once the reader scrolls away they are held behind the
 * "N new" pill and the rows under the reader's eyes stay put (the virtualizer anchors on a row's key when
 * rows are added or removed above it). j/k move from item to item.
 */
export function TimelineList(props: Props) {
  const { rows, chronological, viewport, onSeen, hasMore, loadingMore, loadMorePaused, onLoadMore } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [atTop, setAtTop] = useState(true);
  const [heldFrom, setHeldFrom] = useState<string>();
  const [currentKey, setCurrentKey] = useState<string>();
  const focusPending = useRef(false);

  const { shown, held } = useMemo(() => {
    if (heldFrom === undefined || !chronological) return { shown: rows, held: 0 };
    const visible = rows.filter((row) =>
      row.item.kind === 'gap' ? compareIds(row.sortId, heldFrom) < 0 : compareIds(row.sortId, heldFrom) <= 0,
    );
    const held =
      rows.filter((row) => row.item.kind !== 'gap').length -
      visible.filter((row) => row.item.kind !== 'gap').length;
    return { shown: visible, held };
  }, [rows, heldFrom, chronological]);

  useEffect(() => {
    viewport.current = { atTop, heldFrom };
  }, [atTop, heldFrom, viewport]);

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render on purpose.
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimatedRowHeight,
    getItemKey: (index) => shown[index]?.key ?? index,
    overscan,
    // Away from the top, keep the row under the reader's eyes in place when rows come or go above it.
    anchorTo: atTop ? 'start' : 'end',
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? -1;

  const reportSeen = () => {
    const element = scrollRef.current;
    if (!element || document.visibilityState !== 'visible') return;
    const box = element.getBoundingClientRect();
    if (box.right <= 0 || box.left >= window.innerWidth) return; // scrolled out of the deck's view
    const item = virtualizer.getVirtualItemForOffset(element.scrollTop + topSlack);
    const row = item ? shown[item.index] : shown[0];
    if (row && row.item.kind !== 'gap') onSeen(row.sortId);
  };

  useEffect(() => {
    if (!atTop) return;
    const newest = shown.find((row) => row.item.kind !== 'gap');
    if (newest && document.visibilityState === 'visible') onSeen(newest.sortId);
  }, [atTop, shown, onSeen]);

  useEffect(() => {
    if (hasMore && !loadingMore && !loadMorePaused && lastIndex >= shown.length - 5) onLoadMore();
  }, [hasMore, loadingMore, loadMorePaused, lastIndex, shown.length, onLoadMore]);

  // After j/k, focus the new current item once the virtualizer has rendered it.
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
    if (top && !atTop) props.onReachedTop();
    if (chronological && !top && heldFrom === undefined)
      setHeldFrom(shown.find((row) => row.item.kind !== 'gap')?.sortId);
    if (top && heldFrom !== undefined) setHeldFrom(undefined);
    reportSeen();
  };

  const showNew = () => {
    virtualizer.scrollToOffset(0);
    setAtTop(true);
    setHeldFrom(undefined);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || typingIn(event.target)) return;
    if (event.key === 'Enter' && event.target instanceof HTMLElement && event.target.matches('[data-key]')) {
      const key = event.target.dataset['key'];
      const row = shown.find((r) => r.key === key);
      if (row && props.onOpenRow) {
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
    const index = from ? shown.findIndex((row) => row.key === from) : -1;
    const next = event.key === 'j' ? Math.min(shown.length - 1, index + 1) : Math.max(0, index - 1);
    const row = shown[next];
    if (!row) return;
    focusPending.current = true;
    setCurrentKey(row.key);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const currentIndex = Math.max(0, currentKey ? shown.findIndex((row) => row.key === currentKey) : 0);

  return (
    <div className="timeline-list">
      {held > 0 && <TimelineNewPill label={props.newLabel(held)} onClick={showNew} />}
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
              const row = shown[item.index]!;
              const current = item.index === currentIndex;
              return (
                <article
                  key={row.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  data-key={row.key}
                  data-current={current || undefined}
                  className={`timeline-row timeline-row-${row.item.kind}`}
                  tabIndex={current ? 0 : -1}
                  aria-posinset={item.index + 1}
                  aria-setsize={hasMore ? -1 : shown.length}
                  aria-label={props.rowLabel(row)}
                >
                  <TimelineRowBody row={row} render={props.renderRow} />
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
