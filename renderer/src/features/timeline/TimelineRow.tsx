import { memo, type ReactNode } from 'react';
import type { FeedRow } from './filters';

interface Props {
  row: FeedRow;
  render(row: FeedRow): ReactNode;
}

/**
 * A row's content, rendered again only when its item, its filter verdict or the renderer changes. The list
 * makes new row objects on every cache change; under a firehose the cards already shown stay as they are
 * while new ones are added above them (see bench/, "Live").
 */
export const TimelineRowBody = memo(
  function TimelineRowBody({ row, render }: Props) {
    return render(row);
  },
  (before, after) =>
    before.row.item === after.row.item &&
    before.row.verdict === after.row.verdict &&
    before.render === after.render,
);
