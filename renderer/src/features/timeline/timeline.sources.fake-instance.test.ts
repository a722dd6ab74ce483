// @vitest-environment jsdom
/** What each column type asks the server for, checked against the fake instance's request log. */
import '../../../../e2e/fake-instance/test/node-polyfills';
import { createRestAPIClient } from 'masto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeInstance, type FakeInstance } from '../../../../e2e/fake-instance/index';
import type { PouetBridge } from '../../../../electron/ipc/contract';
import type { Column } from '../../../../electron/ipc/types/deck';
import { accountForgotten, MastoFailureError } from '../../mastodon';
import { feedSourceFor, type FeedSource } from './timeline.sources';

const accountId = 'alice@sources';
let fi: FakeInstance;
let accessToken: string;

const column = (
  type: Column['type'],
  params: Column['params'] = {},
  options: Column['options'] = {},
): Column => ({
  id: `col-${type}`,
  accountId: type === 'public-instance' ? undefined : accountId,
  type,
  params,
  width: 'normal',
  options,
});

const source = (c: Column): FeedSource => {
  const s = feedSourceFor(c);
  if (!s) throw new Error(`no source for ${c.type}`);
  return s;
};

async function lastRequest(path: string) {
  const requests = await fi.admin.received({ path });
  const last = requests[requests.length - 1];
  if (!last) throw new Error(`no request to ${path}`);
  return last;
}

beforeAll(async () => {
  fi = await startFakeInstance({ seed: 7 });
  accessToken = await fi.admin.tokenFor('alice');
  window.pouet = {
    accounts: { token: async () => ({ ok: true, value: { accountId, instanceUrl: fi.url, accessToken } }) },
  } as unknown as PouetBridge;
});

beforeEach(() => fi.admin.clearReceived());

afterAll(async () => {
  accountForgotten(accountId);
  await fi?.close();
});

describe('feed sources', () => {
  it('home: key scoped by account, user stream, pages by Link, backfills with min_id', async () => {
    const home = source(column('home'));
    expect(home.key).toEqual(['acct', accountId, 'timeline', 'home']);
    expect(home.streams).toEqual([{ stream: 'user' }]);
    expect(home.markerTimeline).toBe('home');
    const first = await home.fetchPage(null);
    expect(first.items.length).toBeGreaterThan(0);
    expect(first.next?.maxId).toBeDefined();
    const second = await home.fetchPage(first.next);
    expect(
      second.items[0]!.sortId < first.items[first.items.length - 1]!.sortId || second.items.length === 0,
    ).toBe(true);
    const oldest = first.items[first.items.length - 1]!.sortId;
    const newer = await home.fetchNewer!(oldest);
    expect(newer.items.length).toBeGreaterThan(0);
    expect((await lastRequest('/api/v1/timelines/home')).query).toMatchObject({ min_id: oldest });
  });

  it('local, federated and remote read the public timeline with their flags and media-only option', async () => {
    await source(column('local', {}, { mediaOnly: true })).fetchPage(null);
    expect((await lastRequest('/api/v1/timelines/public')).url).toMatch(
      /local=true.*only_media=true|only_media=true.*local=true/,
    );
    await source(column('remote')).fetchPage(null);
    expect((await lastRequest('/api/v1/timelines/public')).url).toContain('remote=true');
    expect(source(column('federated', {}, { mediaOnly: true })).streams).toEqual([
      { stream: 'public:media' },
    ]);
    expect(source(column('local')).streams).toEqual([{ stream: 'public:local' }]);
  });

  it('hashtag: any/all/none and local only, one stream per tag in "any" mode', async () => {
    const all = source(
      column('hashtag', { tags: ['Cats', 'dogs'], mode: 'all', none: ['birds'], local: true }),
    );
    await all.fetchPage(null);
    const request = await lastRequest('/api/v1/timelines/tag/cats');
    expect(decodeURIComponent(request.url)).toMatch(/all\[\]=dogs/);
    expect(decodeURIComponent(request.url)).toMatch(/none\[\]=birds/);
    expect(request.url).toContain('local=true');
    expect(all.streams).toEqual([{ stream: 'hashtag:local', tag: 'cats' }]);
    const any = source(column('hashtag', { tags: ['cats', 'dogs'], mode: 'any' }));
    expect(any.streams).toEqual([
      { stream: 'hashtag', tag: 'cats' },
      { stream: 'hashtag', tag: 'dogs' },
    ]);
    const content = (names: string[]) =>
      ({ tags: names.map((name) => ({ name })), mediaAttachments: [] }) as never;
    expect(all.rules.acceptsStatus!(content(['cats', 'dogs']))).toBe(true);
    expect(all.rules.acceptsStatus!(content(['cats']))).toBe(false);
    expect(all.rules.acceptsStatus!(content(['cats', 'dogs', 'birds']))).toBe(false);
  });

  it('list, profile tabs and direct conversations; notification columns are not timelines', async () => {
    const rest = createRestAPIClient({ url: fi.url, accessToken });
    const list = await rest.v1.lists.create({ title: 'Sources' });
    const listSource = source(column('list', { listId: list.id }));
    expect(listSource.streams).toEqual([{ stream: 'list', list: list.id }]);
    await listSource.fetchPage(null);

    const me = await rest.v1.accounts.verifyCredentials();
    await source(column('profile', { accountId: me.id, tab: 'media' })).fetchPage(null);
    expect((await lastRequest(`/api/v1/accounts/${me.id}/statuses`)).url).toContain('only_media=true');
    await source(column('profile', { accountId: me.id })).fetchPage(null);
    expect((await lastRequest(`/api/v1/accounts/${me.id}/statuses`)).url).toContain('exclude_replies=true');

    // Notification columns are grouped feeds of their own (features/notifications), not timelines.
    for (const type of ['notifications', 'mentions', 'all-notifications'] as const)
      expect(feedSourceFor(column(type))).toBeUndefined();

    const direct = source(column('direct'));
    expect(direct.order).toBe('server');
    expect(direct.fetchNewer).toBeUndefined();
    await direct.fetchPage(null);
    expect(await lastRequest('/api/v1/conversations')).toBeTruthy();
  });

  it('bookmarks, favourites, trending and search keep the server’s order', async () => {
    for (const type of ['bookmarks', 'favourites', 'trending'] as const) {
      const s = source(column(type));
      expect(s.order).toBe('server');
      expect(s.streams).toEqual([]);
      await s.fetchPage(null);
    }
    const search = source(column('search', { q: 'coffee' }));
    await search.fetchPage(null);
    expect((await lastRequest('/api/v2/search')).url).toContain('type=statuses');
  });

  it('public-instance reads another server without a token and polls', async () => {
    const other = source(column('public-instance', { instance: fi.url }));
    expect(other.accountId).toBeUndefined();
    expect(other.key[0]).toBe('public');
    expect(other.pollMs).toBeGreaterThan(0);
    const page = await other.fetchPage(null);
    expect(page.items.length).toBeGreaterThan(0);
    expect((await lastRequest('/api/v1/timelines/public')).headers.authorization).toBeUndefined();
  });

  it('types failures at the edge: a missing list is not_found', async () => {
    const error = await source(column('list', { listId: 'nope' }))
      .fetchPage(null)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MastoFailureError);
    expect((error as MastoFailureError).failure).toEqual({ kind: 'not_found' });
  });

  it('needs what each type needs', () => {
    expect(feedSourceFor(column('hashtag', { tags: [] }))).toBeUndefined();
    expect(feedSourceFor(column('search', { q: '  ' }))).toBeUndefined();
    expect(feedSourceFor({ ...column('home'), accountId: undefined })).toBeUndefined();
  });
});
