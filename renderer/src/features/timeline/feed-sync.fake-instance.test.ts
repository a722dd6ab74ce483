// @vitest-environment jsdom
/** What a column catches up on when its stream (re)opens, against the fake instance. */
import '../../../../e2e/fake-instance/test/node-polyfills';
import { InfiniteQueryObserver, QueryClient } from '@tanstack/react-query';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startFakeInstance, type FakeInstance } from '../../../../e2e/fake-instance/index';
import type { PouetBridge } from '../../../../electron/ipc/contract';
import { accountForgotten, type StreamEvent } from '../../mastodon';
import type { FeedData } from './feed-types';
import { resyncFeed, streamEventsApplied } from './feed-sync';
import { contentOf, flattenFeed } from './merge';
import { applyStreamEvents } from './stream-apply';
import { feedQueryOptions } from './timeline.queries';
import { feedSourceFor, type FeedSource } from './timeline.sources';

const accountId = 'alice@feed-sync';
let fi: FakeInstance;
const signedIn = new Map<string, { accountId: string; instanceUrl: string; accessToken: string }>();

async function signIn(instance: FakeInstance, id: string): Promise<void> {
  signedIn.set(id, {
    accountId: id,
    instanceUrl: instance.url,
    accessToken: await instance.admin.tokenFor('alice'),
  });
}

beforeAll(async () => {
  fi = await startFakeInstance({ empty: true });
  await signIn(fi, accountId);
  window.pouet = {
    accounts: {
      token: async ({ accountId: id }: { accountId: string }) => ({ ok: true, value: signedIn.get(id) }),
    },
  } as unknown as PouetBridge;
});

afterAll(async () => {
  for (const id of signedIn.keys()) accountForgotten(id);
  await fi?.close();
});

const localSource = (account = accountId) => {
  const source = feedSourceFor({
    id: 'local',
    accountId: account,
    type: 'local',
    params: {},
    width: 'normal',
    options: {},
  });
  if (!source) throw new Error('no local source');
  return source;
};

const texts = (data: FeedData | undefined) =>
  flattenFeed(data, true).map((item) =>
    item.kind === 'status' ? contentOf(item.status).content.replace(/<[^>]+>/g, '') : item.kind,
  );

describe('resyncFeed', () => {
  it('picks up edits, deletions and new posts that happened while the stream was away', async () => {
    const kept = await fi.admin.injectStatus({ as: 'bob', text: 'Frist post' });
    const doomed = await fi.admin.injectStatus({ as: 'chloe', text: 'Regrettable take' });
    await fi.admin.injectStatus({ as: 'dmitri', text: 'Still here' });
    const source = localSource();
    const client = new QueryClient();
    client.setQueryData<FeedData>(source.key, { pages: [await source.fetchPage(null)], pageParams: [null] });
    expect(texts(client.getQueryData(source.key))).toEqual(['Still here', 'Regrettable take', 'Frist post']);

    await fi.admin.editStatus(kept.id, 'First post');
    await fi.admin.deleteStatus(doomed.id);
    await fi.admin.injectStatus({ as: 'emeka', text: 'Meanwhile' });
    await resyncFeed(client, source, 'reconnect');

    expect(texts(client.getQueryData(source.key))).toEqual(['Meanwhile', 'Still here', 'First post']);
  });

  it('walks forward and marks a gap when more than a page was missed', async () => {
    await fi.admin.injectStatus({ as: 'bob', text: 'Before the drop' });
    const source = localSource();
    const client = new QueryClient();
    client.setQueryData<FeedData>(source.key, { pages: [await source.fetchPage(null)], pageParams: [null] });
    for (let i = 0; i < 45; i++) await fi.admin.injectStatus({ as: 'chloe', text: `Missed ${i}` });

    await resyncFeed(client, source, 'reconnect');

    const shown = texts(client.getQueryData(source.key));
    expect(shown).toHaveLength(49);
    expect(shown[0]).toBe('Missed 44');
    expect(shown.slice(-4)).toEqual(['Before the drop', 'Meanwhile', 'Still here', 'First post']);
    expect(shown).not.toContain('gap');
  });

  it('keeps a post streamed into an empty feed while the catch-up read was on its way', async () => {
    const quiet = await startFakeInstance({ empty: true });
    const account = 'alice@quiet';
    await signIn(quiet, account);
    try {
      const source = localSource(account);
      const client = new QueryClient();
      let reads = 0;
      // The second read (the catch-up when the socket opens) is answered before the post exists; the
      // post reaches the cache by the stream before that answer does.
      const racing: FeedSource = {
        ...source,
        fetchPage: async (cursor) => {
          const page = await source.fetchPage(cursor);
          if (++reads !== 2) return page;
          const status = await quiet.admin.injectStatus({ as: 'bob', text: 'Just in time' });
          const events: StreamEvent[] = [{ stream: ['public:local'], event: 'update', payload: status }];
          client.setQueryData<FeedData>(source.key, (data) => applyStreamEvents(data, events, source.rules));
          streamEventsApplied(source, events);
          return page;
        },
      };
      const observer = new InfiniteQueryObserver(client, feedQueryOptions(racing));
      const unsubscribe = observer.subscribe(() => undefined);
      await vi.waitFor(() => expect(observer.getCurrentResult().isSuccess).toBe(true));

      await resyncFeed(client, racing, 'connect');

      expect(texts(client.getQueryData(source.key))).toEqual(['Just in time']);
      unsubscribe();
    } finally {
      await quiet.close();
    }
  });

  it('keeps a conversation streamed while a direct-messages column loads its first pages again', async () => {
    const quiet = await startFakeInstance({ empty: true });
    const account = 'alice@direct';
    await signIn(quiet, account);
    try {
      const source = feedSourceFor({
        id: 'direct',
        accountId: account,
        type: 'direct',
        params: {},
        width: 'normal',
        options: {},
      })!;
      const client = new QueryClient();
      let reads = 0;
      // The reload's read is answered before the message exists; the message reaches the cache by the
      // stream (as the column's stream writer applies it) before that answer does.
      const racing: FeedSource = {
        ...source,
        fetchPage: async (cursor) => {
          const page = await source.fetchPage(cursor);
          if (++reads !== 2) return page;
          await quiet.admin.injectStatus({ as: 'bob', text: '@alice Psst', visibility: 'direct' });
          const [item] = (await source.fetchPage(null)).items;
          if (item?.kind !== 'conversation') throw new Error('no conversation');
          const events: StreamEvent[] = [
            { stream: ['direct'], event: 'conversation', payload: item.conversation },
          ];
          client.setQueryData<FeedData>(source.key, (data) => applyStreamEvents(data, events, source.rules));
          streamEventsApplied(source, events);
          return page;
        },
      };
      const observer = new InfiniteQueryObserver(client, feedQueryOptions(racing));
      const unsubscribe = observer.subscribe(() => undefined);
      await vi.waitFor(() => expect(observer.getCurrentResult().isSuccess).toBe(true));

      await resyncFeed(client, racing, 'connect');

      expect(texts(client.getQueryData(source.key))).toEqual(['conversation']);
      unsubscribe();
    } finally {
      await quiet.close();
    }
  });
});
