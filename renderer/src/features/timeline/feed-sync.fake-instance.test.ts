// @vitest-environment jsdom
/** What a column catches up on when its stream (re)opens, against the fake instance. */
import '../../../../e2e/fake-instance/test/node-polyfills';
import { QueryClient } from '@tanstack/react-query';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeInstance, type FakeInstance } from '../../../../e2e/fake-instance/index';
import type { PouetBridge } from '../../../../electron/ipc/contract';
import { accountForgotten } from '../../mastodon';
import type { FeedData } from './feed-types';
import { resyncFeed } from './feed-sync';
import { contentOf, flattenFeed } from './merge';
import { feedSourceFor } from './timeline.sources';

const accountId = 'alice@feed-sync';
let fi: FakeInstance;

beforeAll(async () => {
  fi = await startFakeInstance({ empty: true });
  const accessToken = await fi.admin.tokenFor('alice');
  window.pouet = {
    accounts: { token: async () => ({ ok: true, value: { accountId, instanceUrl: fi.url, accessToken } }) },
  } as unknown as PouetBridge;
});

afterAll(async () => {
  accountForgotten(accountId);
  await fi?.close();
});

const localSource = () => {
  const source = feedSourceFor({
    id: 'local',
    accountId,
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
});
