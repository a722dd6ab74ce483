import { createRestAPIClient, MastoHttpError, type mastodon } from 'masto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeInstance } from '../index';
import { restAs, withInstance } from './masto-harness';

let fi: FakeInstance;
let alice: mastodon.rest.Client;

beforeAll(async () => {
  fi = await withInstance({ title: 'Contract Test Server' });
  alice = await restAs(fi, 'alice');
});
afterAll(() => fi.close());

describe('instance and discovery', () => {
  it('describes itself as Mastodon 4.5 (v2) and in v1', async () => {
    const anon = createRestAPIClient({ url: fi.url });
    const v2 = await anon.v2.instance.fetch();
    expect(v2.domain).toBe(fi.domain);
    expect(v2.title).toBe('Contract Test Server');
    expect(v2.version).toBe('4.5.0');
    expect(v2.apiVersions.mastodon).toBe('7');
    expect(v2.configuration.urls.streaming).toBe(fi.url.replace('http', 'ws'));
    expect(v2.configuration.statuses).toEqual({
      maxCharacters: 500,
      maxMediaAttachments: 4,
      charactersReservedPerUrl: 23,
    });
    expect(v2.configuration.polls.maxOptions).toBe(4);
    expect(v2.configuration.mediaAttachments.supportedMimeTypes).toContain('image/png');
    expect(v2.contact.account.username).toBe('alice');
    const v1 = await anon.v1.instance.fetch();
    expect(v1.uri).toBe(fi.domain);
    expect(v1.urls.streamingApi).toBe(fi.url.replace('http', 'ws'));
  });

  it('lists custom emojis served as images', async () => {
    const emojis = await createRestAPIClient({ url: fi.url }).v1.customEmojis.list();
    expect(emojis.map((e) => e.shortcode)).toContain('blobcat');
    const img = await fetch(emojis[0]!.url);
    expect(img.status).toBe(200);
    expect(img.headers.get('content-type')).toBe('image/png');
  });

  it('answers CORS preflights like Mastodon', async () => {
    const res = await fetch(`${fi.url}/api/v1/statuses`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://127.0.0.1:5173',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type, idempotency-key',
      },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toContain('idempotency-key');
    const get = await fetch(`${fi.url}/api/v1/instance`, { headers: { Origin: 'http://127.0.0.1:5173' } });
    expect(get.headers.get('access-control-expose-headers')).toContain('Link');
    expect(get.headers.get('access-control-expose-headers')).toContain('X-RateLimit-Remaining');
  });
});

describe('markers, search, lists, filters, reports, preferences', () => {
  it('reads and writes markers with versions, and 409s a conflicting write', async () => {
    const before = await alice.v1.markers.fetch({ timeline: ['home', 'notifications'] });
    expect(before.home.version).toBe(3);
    const home = await alice.v1.timelines.home.list({ limit: 1 });
    const written = await alice.v1.markers.create({ home: { lastReadId: home[0]!.id } });
    expect(written.home).toMatchObject({ lastReadId: home[0]!.id, version: 4 });
    await fi.admin.failNext({ count: 1, status: 409, path: '/api/v1/markers', method: 'POST' });
    const conflict = await alice.v1.markers
      .create({ home: { lastReadId: home[0]!.id } })
      .catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(MastoHttpError);
    expect((conflict as MastoHttpError).statusCode).toBe(409);
    expect((conflict as MastoHttpError).message).toBe('Conflict during update, please try again');
  });

  it('searches accounts, hashtags and statuses; resolves a status URL', async () => {
    const r = await alice.v2.search.list({ q: 'bob' });
    expect(r.accounts.map((a) => a.acct)).toContain('bob');
    const tags = await alice.v2.search.list({ q: '#photo', type: 'hashtags' });
    expect(tags.hashtags.map((t) => t.name)).toContain('photography');
    const text = await alice.v2.search.list({ q: 'sourdough', type: 'statuses' });
    expect(text.statuses.length).toBeGreaterThan(0);
    const some = text.statuses[0]!;
    const byUrl = await alice.v2.search.list({ q: some.url!, resolve: true, type: 'statuses' });
    expect(byUrl.statuses.map((s) => s.id)).toEqual([some.id]);
    const remote = await alice.v2.search.list({ q: '@nora@photos.example', resolve: true });
    expect(remote.accounts[0]?.acct).toBe('nora@photos.example');
  });

  it('creates, edits, fills and deletes lists', async () => {
    const list = await alice.v1.lists.create({ title: 'Friends', exclusive: false });
    expect(list.repliesPolicy).toBe('list');
    const bobId = (await alice.v1.accounts.lookup({ acct: 'bob' })).id;
    await alice.v1.lists.$select(list.id).accounts.create({ accountIds: [bobId] });
    expect((await alice.v1.lists.$select(list.id).accounts.list()).map((a) => a.id)).toEqual([bobId]);
    expect((await alice.v1.lists.$select(list.id).update({ title: 'Best friends' })).title).toBe(
      'Best friends',
    );
    // Only followed accounts can be listed.
    const gustavoId = (await alice.v1.accounts.lookup({ acct: 'gustavo' })).id;
    await expect(
      alice.v1.lists.$select(list.id).accounts.create({ accountIds: [gustavoId] }),
    ).rejects.toMatchObject({ statusCode: 404 });
    await alice.v1.lists.$select(list.id).remove();
    await expect(alice.v1.lists.$select(list.id).fetch()).rejects.toMatchObject({ statusCode: 404 });
  });

  it('manages v2 filters with keywords', async () => {
    const f = await alice.v2.filters.create({
      title: 'Pineapple',
      context: ['home'],
      filterAction: 'warn',
      keywordsAttributes: [{ keyword: 'pineapple', wholeWord: true }],
    });
    expect(f.keywords.map((k) => k.keyword)).toEqual(['pineapple']);
    const updated = await alice.v2.filters.$select(f.id).update({ filterAction: 'blur' });
    expect(updated.filterAction).toBe('blur');
    await alice.v2.filters.$select(f.id).remove();
    expect((await alice.v2.filters.list()).some((x) => x.id === f.id)).toBe(false);
  });

  it('files reports and reads preferences and announcements', async () => {
    const marco = await alice.v1.accounts.lookup({ acct: 'marco@remote.example' });
    const bob = await restAs(fi, 'bob');
    const report = await bob.v1.reports.create({ accountId: marco.id, comment: 'spam', category: 'spam' });
    expect(report.targetAccount.id).toBe(marco.id);
    const prefs = await alice.v1.preferences.fetch();
    expect(prefs['posting:default:visibility']).toBe('public');
    expect((await alice.v1.announcements.list()).length).toBe(1);
  });
});

describe('errors like Mastodon', () => {
  it('401 without or with a bad token, 404 with Record not found, 403 outside scopes', async () => {
    const res = await fetch(`${fi.url}/api/v1/timelines/home`);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'The access token is invalid' });
    const bad = await fetch(`${fi.url}/api/v1/timelines/home`, { headers: { Authorization: 'Bearer nope' } });
    expect(bad.status).toBe(401);
    const missing = await alice.v1.statuses
      .$select('1')
      .fetch()
      .catch((e: unknown) => e);
    expect(missing).toMatchObject({ statusCode: 404, message: 'Record not found' });
    const readOnly = await restAs(fi, 'alice', ['read']);
    const denied = await readOnly.v1.statuses.create({ status: 'nope' }).catch((e: unknown) => e);
    expect(denied).toMatchObject({
      statusCode: 403,
      message: 'This action is outside the authorized scopes',
    });
    const granular = await restAs(fi, 'alice', ['read:statuses', 'write:statuses']);
    expect((await granular.v1.statuses.create({ status: 'granular ok' })).content).toBe('<p>granular ok</p>');
    await expect(granular.v1.notifications.list()).rejects.toMatchObject({ statusCode: 403 });
  });
});
