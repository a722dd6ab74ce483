// @vitest-environment node
/**
 * The real stream hub, masto client and observed WebSocket against the fake Mastodon instance (e2e/), in
 * Node: one socket for several columns, a deleted list breaking only its column, reconnects after a drop,
 * and min_id backfill of posts the stream never delivered.
 */
import '../../../e2e/fake-instance/test/node-polyfills';
import { createRestAPIClient, createStreamingAPIClient, type mastodon } from 'masto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebSocket as NodeWebSocket } from 'ws';
import { startFakeInstance, type FakeInstance } from '../../../e2e/fake-instance/index';
import { walkNewer } from '../features/timeline/gaps';
import { statusItem } from '../features/timeline/merge';
import { asConnection } from './account-session';
import { createClientRegistry, type WebSocketClass } from './client-registry';
import { observedWebSocket } from './observed-websocket';
import {
  StreamHub,
  type ResyncReason,
  type StreamEvent,
  type StreamListener,
  type StreamSpec,
  type StreamState,
} from './stream-hub';

class Column implements StreamListener {
  events: StreamEvent[] = [];
  resyncs: ResyncReason[] = [];
  state: (state: StreamState) => void;
  last: StreamState | undefined;
  constructor() {
    this.state = (state) => (this.last = state);
  }
  event(event: StreamEvent) {
    this.events.push(event);
  }
  resync(reason: ResyncReason) {
    this.resyncs.push(reason);
  }
  updates(): string[] {
    return this.events.flatMap((e) => (e.event === 'update' ? [e.payload.content] : []));
  }
}

const until = (check: () => boolean, what: string) =>
  vi.waitFor(
    () => {
      if (!check()) throw new Error(`still waiting for ${what}`);
    },
    { timeout: 12_000, interval: 50 },
  );

describe('StreamHub against the fake instance', () => {
  let fi: FakeInstance;
  let rest: mastodon.rest.Client;
  let hub: StreamHub;

  beforeAll(async () => {
    fi = await startFakeInstance({ seed: 3 });
    const accessToken = await fi.admin.tokenFor('alice');
    rest = createRestAPIClient({ url: fi.url, accessToken });
    const registry = createClientRegistry({
      getToken: async (accountId) => ({ accountId, instanceUrl: fi.url, accessToken }),
      createRest: createRestAPIClient,
      createStreaming: createStreamingAPIClient,
    });
    hub = new StreamHub({
      connect: async (hooks) => {
        const clients = await registry.clientFor('alice');
        await clients.streamingUrl();
        return asConnection(
          clients.openStreaming(observedWebSocket(hooks, NodeWebSocket as unknown as WebSocketClass)),
        );
      },
      diagnose: async () => undefined,
      probeStreaming: async () => true,
      onAuthExpired: () => undefined,
      watchConnectivity: () => () => undefined,
      isOnline: () => true,
      timing: { probeWindowMs: 600 },
    });
  });

  afterAll(async () => {
    hub?.dispose();
    await fi?.close();
  });

  it(
    'multiplexes columns on one socket, isolates a deleted list, reconnects and backfills',
    { timeout: 40_000 },
    async () => {
      const kept = await rest.v1.lists.create({ title: 'Kept' });
      const gone = await rest.v1.lists.create({ title: 'Gone' });
      await fi.admin.deleteList(gone.id);

      const home = new Column();
      const list = new Column();
      const deleted = new Column();
      const tag = new Column();
      const specs: [StreamSpec, Column][] = [
        [{ stream: 'user' }, home],
        [{ stream: 'list', list: kept.id }, list],
        [{ stream: 'list', list: gone.id }, deleted],
        [{ stream: 'hashtag', tag: 'pouettest' }, tag],
      ];
      for (const [spec, column] of specs) hub.subscribe(spec, column);

      await until(() => home.last?.phase === 'live', 'the socket to open');
      await until(() => deleted.last?.failure !== undefined, 'the deleted list to fail');
      expect(deleted.last?.failure).toMatch(/list/i);
      expect(home.last?.failure).toBeUndefined();
      expect(list.last?.failure).toBeUndefined();
      // Give the re-subscriptions a moment to reach the server.
      await until(() => hub.snapshot().streams.length === 3, 'the other streams to be subscribed again');
      await new Promise((resolve) => setTimeout(resolve, 300));
      const stats = await fi.admin.streams();
      expect(stats.connections).toBe(1);
      expect(stats.subscriptions.map((s) => s.stream).sort()).toEqual(['hashtag', 'list', 'user']);

      await fi.admin.injectStatus({ as: 'alice', text: 'home post' });
      await fi.admin.injectStatus({
        as: 'bob',
        text: 'tagged and listed',
        tags: ['pouettest'],
        listIds: [kept.id],
      });
      await until(() => home.updates().some((c) => c.includes('home post')), 'the home post');
      await until(() => tag.updates().some((c) => c.includes('tagged and listed')), 'the hashtag post');
      await until(() => list.updates().some((c) => c.includes('tagged and listed')), 'the list post');
      expect(deleted.events).toHaveLength(0);

      // A network failure: every column hears "reconnect" once the socket is back (the failed one stays failed).
      const before = home.resyncs.length;
      await fi.admin.dropStreams();
      await until(() => home.resyncs.slice(before).includes('reconnect'), 'the reconnect');
      expect(list.resyncs).toContain('reconnect');
      expect(deleted.resyncs).not.toContain('reconnect');
      expect(deleted.last?.failure).toBeDefined();
      await fi.admin.injectStatus({ as: 'alice', text: 'after the drop' });
      await until(
        () => home.updates().some((c) => c.includes('after the drop')),
        'a post after reconnecting',
      );

      // Posts the stream never delivered come back by walking forward with min_id from the newest we held.
      const newest = home.events.flatMap((e) => (e.event === 'update' ? [e.payload.id] : [])).pop()!;
      for (let i = 0; i < 7; i++)
        await fi.admin.injectStatus({ as: 'alice', text: `missed ${i}`, silent: true });
      const fetchNewer = async (minId: string) => {
        const page = await rest.v1.timelines.home.list({ minId, limit: 3 });
        return { items: page.map(statusItem), full: page.length === 3 };
      };
      const walk = await walkNewer(newest, fetchNewer, 5);
      expect(walk.complete).toBe(true);
      const texts = walk.items.flatMap((item) => (item.kind === 'status' ? [item.status.content] : []));
      for (let i = 0; i < 7; i++) expect(texts.some((c) => c.includes(`missed ${i}`))).toBe(true);
      const capped = await walkNewer(newest, fetchNewer, 1);
      expect(capped.complete).toBe(false);
    },
  );
});
