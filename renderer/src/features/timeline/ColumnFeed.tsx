import { useCallback } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Column } from '../../../../electron/ipc/types/deck';
import { isNotificationsColumn, NotificationsColumnFeed } from '../notifications';
import { feedIdentity, feedSourceFor, type FeedSource } from './timeline.sources';
import { TimelineMessage } from './TimelineStates';
import { TimelineFeed } from './TimelineFeed';
import { unreadCounted } from './timeline.store';
import '../../styles/timeline.css';

export interface ColumnFeedProps {
  column: Column;
  /** The newest item the reader has seen moved forward (debounced); the deck persists it as `lastReadId`. */
  onReadPositionChange?(lastReadId: string): void;
}

const sources = new Map<string, FeedSource | undefined>();

/** One source object per distinct feed, so hooks keyed on it do not restart on every deck change. */
function sourceOf(column: Column): FeedSource | undefined {
  const identity = feedIdentity(column);
  if (!sources.has(identity)) {
    if (sources.size > 300) sources.delete(sources.keys().next().value!);
    sources.set(identity, feedSourceFor(column));
  }
  return sources.get(identity);
}

/**
 * The body of a deck column, for every column type: loads, streams, merges and shows its feed, tracks the
 * reader's position and reports unread counts (see `useColumnUnread`).
 */
export function ColumnFeed({ column, onReadPositionChange }: ColumnFeedProps) {
  const { t } = useTranslation();
  const unreadChanged = useCallback((count: number) => unreadCounted(column.id, count), [column.id]);
  // Notifications, mentions and all-accounts columns are grouped notifications (features/notifications).
  if (isNotificationsColumn(column))
    return (
      <NotificationsColumnFeed
        column={column}
        onReadPositionChange={onReadPositionChange}
        onUnreadChange={unreadChanged}
      />
    );
  const source = sourceOf(column);
  if (!source) return <TimelineMessage body={t('timeline.noSource')} />;
  return (
    <TimelineFeed
      key={feedIdentity(column)}
      column={column}
      source={source}
      onReadPositionChange={onReadPositionChange}
    />
  );
}
