import type { QueryClient } from '@tanstack/react-query';
import { MastoHttpError } from 'masto';
import { MastoFailureError, withAccount } from '../../mastodon';
import { MarkerSync, type MarkerTimeline } from './markers';
import { markersKey, type MarkersData } from './timeline.queries';

const syncs = new Map<string, MarkerSync>();

const isConflict = (error: unknown) =>
  error instanceof MastoFailureError &&
  error.cause instanceof MastoHttpError &&
  error.cause.statusCode === 409;

/** The writer of an account's home marker, shared by its home columns. */
export function markerSyncFor(client: QueryClient, accountId: string, timeline: MarkerTimeline): MarkerSync {
  const id = `${accountId}\n${timeline}`;
  let sync = syncs.get(id);
  if (!sync) {
    sync = new MarkerSync({
      fetch: async () =>
        (await withAccount(accountId, ({ rest }) => rest.v1.markers.fetch({ timeline: [timeline] })))[
          timeline
        ],
      save: async (lastReadId) =>
        (await withAccount(accountId, ({ rest }) => rest.v1.markers.create({ [timeline]: { lastReadId } })))[
          timeline
        ],
      isConflict,
      onKnown: (marker) =>
        client.setQueryData<MarkersData>(markersKey(accountId), (data) => ({ ...data, [timeline]: marker })),
    });
    syncs.set(id, sync);
  }
  return sync;
}

/** Saves pending read positions now (the window is closing). */
export function flushMarkers(): void {
  for (const sync of syncs.values()) void sync.flush();
}

if (typeof window !== 'undefined') window.addEventListener('beforeunload', flushMarkers);
