import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type RefObject } from 'react';
import {
  streamHubFor,
  streamKey,
  type StreamEvent,
  type StreamListener,
  type StreamState,
} from '../../mastodon';
import type { FeedData } from './feed-types';
import { invalidateAccountFeeds, patchAccountFeeds, resyncFeed, streamEventsApplied } from './feed-sync';
import { capNewer, trimFeed } from './merge';
import { applyStreamEvents, entityEffect, staleFeedsAfter } from './stream-apply';
import { cancelFlush, eagerEvents, scheduleFlush } from './stream-batch';
import type { FeedSource } from './timeline.sources';

/** Where the reader is, as the list tells the stream (read in callbacks, never in render). */
export interface FeedViewport {
  atTop: boolean;
  /** Newest item shown when the reader left the top: newer ones are held behind the "new posts" pill. */
  heldFrom: string | undefined;
  /** Rows in the DOM: at the top, how many new posts one render can show. */
  drawnRows: number;
}

/**
 * The waiting posts from which a column renders without waiting for its batch: fewer than it draws, with
 * room for a post or two arriving before its turn. More would push posts below the drawn rows unseen.
 */
export const eagerAt = ({ drawnRows }: FeedViewport) => Math.min(eagerEvents, Math.max(3, drawnRows - 2));

/** Items kept while the reader is at the top (older ones come back by scrolling). */
export const liveItemCap = 400;
/** Posts held above a reader who scrolled away, before the oldest of them turn into a gap. */
export const heldItemCap = 300;

export interface FeedStream {
  state: StreamState | undefined;
  retry(): void;
}

function combine(states: Map<string, StreamState>): StreamState | undefined {
  let result: StreamState | undefined;
  for (const state of states.values()) {
    result = state.failure && !result?.failure ? state : (result ?? state);
  }
  return result;
}

/**
 * Connects a column to its account's stream hub: events flow into the query cache (edits and deletions
 * into every feed of the account), reconnects and resubscriptions trigger backfills, and feeds without a
 * stream are polled with the same merge.
 */
export function useFeedStream(source: FeedSource, viewport: RefObject<FeedViewport>): FeedStream {
  const client = useQueryClient();
  const [state, setState] = useState<StreamState>();

  useEffect(() => {
    const { accountId } = source;
    if (!accountId || source.streams.length === 0) {
      if (!source.pollMs) return;
      const timer = setInterval(() => void resyncFeed(client, source, 'poll'), source.pollMs);
      return () => clearInterval(timer);
    }
    let queue: StreamEvent[] = [];
    const flush = () => {
      if (queue.length === 0) return;
      const events = queue;
      queue = [];
      const { atTop, heldFrom } = viewport.current;
      const chronological = source.order === 'chronological';
      client.setQueryData<FeedData>(source.key, (data) => {
        const next = applyStreamEvents(data, events, source.rules);
        if (!next || next === data) return next;
        if (atTop) return trimFeed(next, liveItemCap, chronological);
        return heldFrom && chronological ? capNewer(next, heldFrom, heldItemCap) : next;
      });
      streamEventsApplied(source, events);
      for (const event of events) {
        const effect = entityEffect(event);
        if (effect) patchAccountFeeds(client, accountId, effect);
        if (staleFeedsAfter(event) === 'all') void invalidateAccountFeeds(client, accountId);
      }
    };
    const states = new Map<string, StreamState>();
    const hub = streamHubFor(accountId);
    const stops = source.streams.map((spec) => {
      const listener: StreamListener = {
        event: (event) => {
          queue.push(event);
          scheduleFlush(flush, eagerAt(viewport.current));
        },
        resync: (reason) => void resyncFeed(client, source, reason),
        state: (next) => {
          states.set(streamKey(spec), next);
          setState(combine(states));
        },
      };
      return hub.subscribe(spec, listener);
    });
    return () => {
      for (const stop of stops) stop();
      cancelFlush(flush);
      if (queue.length > 0) flush();
    };
  }, [client, source, viewport]);

  return {
    state,
    retry: () => {
      if (!source.accountId) return;
      const hub = streamHubFor(source.accountId);
      for (const spec of source.streams) hub.retry(spec);
    },
  };
}
