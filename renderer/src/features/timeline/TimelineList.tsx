import { useCallback, useEffect, useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import { compareIds } from '../../mastodon';
import { VirtualFeed, type FeedScroll, type FeedSource } from '../../ui/VirtualFeed';
import type { FeedRow } from './filters';
import type { FeedViewport } from './timeline.stream';
import { TimelineNewPill } from './TimelineNewPill';
import { TimelineRowBody } from './TimelineRow';

interface Props extends FeedSource<FeedRow> {
  /** Chronological feeds hold new items above a reader who scrolled away. */
  chronological: boolean;
  /** Posts newer than this one wait behind the pill from the start: the column reopens where the reader
   * left off. */
  resumeFrom?: string | undefined;
  /** The column opened at the top without finding where the reader left off: what it shows counts as read
   * only once they scroll, so their place (and the unread count) is not lost to a look at the top. */
  waitForReader?: boolean;
  /** Called once the list has opened with `resumeFrom` or `waitForReader`. */
  onResumeShown?(): void;
  newLabel: (count: number) => string;
  /** The newest item the reader has had in view. */
  onSeen(sortId: string): void;
  /** The reader came back to the top: a good moment to drop what lies far below. */
  onReachedTop(): void;
  viewport: RefObject<FeedViewport>;
  /** Enter on a focused row (a post: open its thread). */
  onOpenRow?(row: FeedRow): void;
}

/** Cards average 180–260 px in a narrow column (measured by `npm run bench`); the estimate only sizes the
 * scrollbar and the first pass, before rows are measured. */
const estimatedRowHeight = 200;
/** Rows drawn past each edge of the viewport: enough to scroll into, few enough that startup and a
 * firehose mount no more cards than needed (3 rows ≈ 600 px; see bench/, "Startup" and "Live"). */
const overscan = 3;

const rowClassName = (row: FeedRow) => `timeline-row timeline-row-${row.item.kind}`;

/**
 * The virtualised ARIA feed of a column. The DOM holds only the rows near the viewport however long the
 * feed grows. At the top, new items appear live; once the reader scrolls away they are held behind the
 * "N new" pill and the rows under the reader's eyes stay put (the virtualizer anchors on a row's key when
 * rows are added or removed above it). j/k move from item to item.
 */
export function TimelineList(props: Props) {
  const {
    rows,
    chronological,
    resumeFrom,
    waitForReader = false,
    onResumeShown,
    viewport: viewportRef,
    onSeen,
    onReachedTop,
    newLabel,
    renderRow,
    ...feed
  } = props;
  const [atTop, setAtTop] = useState(true);
  const [heldFrom, setHeldFrom] = useState(resumeFrom);
  const [readerMoved, setReaderMoved] = useState(!waitForReader);
  useEffect(() => {
    if (resumeFrom !== undefined || waitForReader) onResumeShown?.();
  }, [resumeFrom, waitForReader, onResumeShown]);

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

  useLayoutEffect(() => {
    // A column reopened mid-feed is at the top of what it shows, not of the feed: the stream must keep the
    // reader's rows (capping what waits above) rather than trim the feed from the bottom.
    viewportRef.current = { ...viewportRef.current, atTop: atTop && heldFrom === undefined, heldFrom };
  }, [atTop, heldFrom, viewportRef]);
  const onDrawnRows = useCallback(
    (drawnRows: number) => {
      viewportRef.current = { ...viewportRef.current, drawnRows };
    },
    [viewportRef],
  );

  const reportSeen = ({ element, rowAtTop }: FeedScroll<FeedRow>) => {
    if (document.visibilityState !== 'visible') return;
    const box = element.getBoundingClientRect();
    if (box.right <= 0 || box.left >= window.innerWidth) return; // scrolled out of the deck's view
    const row = rowAtTop();
    if (row && row.item.kind !== 'gap') onSeen(row.sortId);
  };

  useEffect(() => {
    if (!atTop || !readerMoved) return;
    const newest = shown.find((row) => row.item.kind !== 'gap');
    if (newest && document.visibilityState === 'visible') onSeen(newest.sortId);
  }, [atTop, readerMoved, shown, onSeen]);

  const onScroll = (scroll: FeedScroll<FeedRow>) => {
    const top = scroll.atTop;
    if (!readerMoved) setReaderMoved(true);
    if (top !== atTop) setAtTop(top);
    if (top && !atTop) onReachedTop();
    if (chronological && !top && heldFrom === undefined)
      setHeldFrom(shown.find((row) => row.item.kind !== 'gap')?.sortId);
    if (top && heldFrom !== undefined) setHeldFrom(undefined);
    reportSeen(scroll);
  };

  return (
    <VirtualFeed
      {...feed}
      rows={shown}
      atTop={atTop}
      onScroll={onScroll}
      estimatedRowHeight={estimatedRowHeight}
      overscan={overscan}
      onDrawnRows={onDrawnRows}
      renderPill={(scrollToTop) =>
        held > 0 && (
          <TimelineNewPill
            label={newLabel(held)}
            onClick={() => {
              scrollToTop();
              setAtTop(true);
              setHeldFrom(undefined);
            }}
          />
        )
      }
      renderRow={(row) => <TimelineRowBody row={row} render={renderRow} />}
      rowClassName={rowClassName}
    />
  );
}
