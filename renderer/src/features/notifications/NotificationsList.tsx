import { useEffect, useState } from 'react';
import { VirtualFeed, type FeedScroll, type FeedSource } from '../../ui/VirtualFeed';

interface Props<Row extends { key: string }> extends FeedSource<Row> {
  /** Whether the reader is at the top, where the newest notifications are. */
  onAtTopChange(atTop: boolean): void;
  isUnread(row: Row): boolean;
  /** Enter on a focused row: open what it is about (a post's thread, a person's profile). */
  onOpenRow(row: Row): void;
}

const estimatedRowHeight = 96;
const overscan = 6;

const rowClassName = () => 'timeline-row notifications-row';

/**
 * The virtualised ARIA feed of a notifications column: only rows near the viewport are in the DOM. Away
 * from the top, the row under the reader's eyes stays put when new groups arrive above it. j/k move from
 * row to row.
 */
export function NotificationsList<Row extends { key: string }>(props: Props<Row>) {
  const { onAtTopChange, ...feed } = props;
  const [atTop, setAtTop] = useState(true);

  useEffect(() => onAtTopChange(atTop), [atTop, onAtTopChange]);

  const onScroll = ({ atTop: top }: FeedScroll<Row>) => {
    if (top !== atTop) setAtTop(top);
  };

  return (
    <VirtualFeed
      {...feed}
      atTop={atTop}
      onScroll={onScroll}
      estimatedRowHeight={estimatedRowHeight}
      overscan={overscan}
      buttonsKeepKeys
      rowClassName={rowClassName}
    />
  );
}
