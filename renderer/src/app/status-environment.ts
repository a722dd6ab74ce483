import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { editStarted, quoteStarted, redraftStarted, replyStarted } from '../features/compose';
import { columnAdded } from '../features/deck';
import { notificationStatusChanged } from '../features/notifications';
import type { StatusEnvironment } from '../features/status';
import { patchThreads, threadRemoved, threadSeeded, threadUpserted } from '../features/thread';
import { patchAccountFeeds, removeStatus, upsertStatus } from '../features/timeline';
import { sidePanelOpened } from '../ui/panel.store';

/**
 * What the post cards need from the features above them, composed once here: the one writer patches the
 * account's feeds, threads and notifications together; links open threads and profiles beside the deck
 * and hashtags as columns; replies, quotes and edits go to the composer.
 */
export function useStatusEnvironment(): StatusEnvironment {
  const client = useQueryClient();
  return useMemo(
    () => ({
      writer: {
        upsert: (queries, accountId, status) => {
          patchAccountFeeds(queries, accountId, (data) => upsertStatus(data, status));
          patchThreads(queries, accountId, (data) => threadUpserted(data, status));
          notificationStatusChanged(queries, accountId, { kind: 'updated', status });
        },
        remove: (queries, accountId, statusId) => {
          patchAccountFeeds(queries, accountId, (data) => removeStatus(data, statusId));
          patchThreads(queries, accountId, (data) => threadRemoved(data, statusId));
          notificationStatusChanged(queries, accountId, { kind: 'deleted', statusId });
        },
        // Muted or blocked: the server leaves their posts out from now on; load what is shown again.
        authorHidden: (queries, accountId) =>
          void queries.invalidateQueries({ queryKey: ['acct', accountId, 'timeline'] }),
      },
      navigation: {
        openThread: (accountId, status) => {
          threadSeeded(client, accountId, status);
          sidePanelOpened({ kind: 'thread', accountId, statusId: status.id });
        },
        openProfile: (accountId, profile) => sidePanelOpened({ kind: 'profile', accountId, profile }),
        openHashtag: (accountId, tag) =>
          columnAdded({ accountId, type: 'hashtag', params: { tags: [tag], mode: 'any' } }),
      },
      composer: {
        reply: replyStarted,
        quote: quoteStarted,
        edit: editStarted,
        redraft: redraftStarted,
      },
    }),
    [client],
  );
}
