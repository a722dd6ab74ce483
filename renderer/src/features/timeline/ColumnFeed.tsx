import { useCallback } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Column } from '../../../../electron/ipc/types/deck';
import { isNotificationsColumn, NotificationsColumnFeed } from '../notifications';
import { sourceOf } from './column-source';
import { feedIdentity } from './timeline.sources';
import { TimelineMessage } from './TimelineStates';
import { TimelineFeed } from './TimelineFeed';
import { unreadCounted } from './timeline.store';
import '../../styles/timeline.css';

export interface ColumnFeedProps {
  column: Column;
  /** The newest item the reader has seen moved forward (debounced); the deck persists it as `lastReadId`. */
  onReadPositionChange?(lastReadId: string): void;
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
