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

const sourceOf = (type: 'local' | 'direct', account: string) => {
  const source = feedSourceFor({
    id: type,
    accountId: account,
    type,
    params: {},
    width: 'normal',
    options: {},
  });
  if (!source) throw new Error(`no ${type} source`);
  return source;
};
const localSource = (account = accountId) => sourceOf('local', account);
const directSource = (account: string) => sourceOf('direct', account);

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
    const shown = await resyncWhileStreaming(localSource, async (quiet) => {
      const status = await quiet.admin.injectStatus({ as: 'bob', text: 'Just in time' });
      return { stream: ['public:local'], event: 'update', payload: status };
    });
    expect(shown).toEqual(['Just in time']);
  });

  it('keeps a conversation streamed while a direct-messages column loads its first pages again', async () => {
    const shown = await resyncWhileStreaming(directSource, async (quiet, source) => {
      await quiet.admin.injectStatus({ as: 'bob', text: '@alice Psst', visibility: 'direct' });
      const [item] = (await source.fetchPage(null)).items;
      if (item?.kind !== 'conversation') throw new Error('no conversation');
      return { stream: ['direct'], event: 'conversation', payload: item.conversation };
    });
    expect(shown).toEqual(['conversation']);
  });
});

/**
 * Opens a column's feed on an empty instance, then resyncs it as its socket opens. Its catch-up read is
 * answered before `streamed` happens on the server; the event reaches the cache (as the column's stream
 * writer applies it) before that answer does. Returns what the feed shows afterwards.
 */
async function resyncWhileStreaming(
  sourceOf: (account: string) => FeedSource,
  streamed: (instance: FakeInstance, source: FeedSource) => Promise<StreamEvent>,
): Promise<string[]> {
  const quiet = await startFakeInstance({ empty: true });
  const account = `alice@quiet-${signedIn.size}`;
  await signIn(quiet, account);
  const client = new QueryClient();
  const source = sourceOf(account);
  let reads = 0;
  const racing: FeedSource = {
    ...source,
    fetchPage: async (cursor) => {
      const page = await source.fetchPage(cursor);
      if (++reads !== 2) return page;
      const events = [await streamed(quiet, source)];
      client.setQueryData<FeedData>(source.key, (data) => applyStreamEvents(data, events, source.rules));
      streamEventsApplied(source, events);
      return page;
    },
  };
  const observer = new InfiniteQueryObserver(client, feedQueryOptions(racing));
  const unsubscribe = observer.subscribe(() => undefined);
  try {
    await vi.waitFor(() => expect(observer.getCurrentResult().isSuccess).toBe(true));
    await resyncFeed(client, racing, 'connect');
    return texts(client.getQueryData(source.key));
  } finally {
    unsubscribe();
    await quiet.close();
  }
}
