import { MastoUnexpectedError, type mastodon } from 'masto';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeInstance } from '../index';
import {
  EventCollector,
  payloadStatus,
  restAs,
  streamingAs,
  subscribed,
  withInstance,
} from './masto-harness';

let fi: FakeInstance;
let alice: mastodon.rest.Client;
let bob: mastodon.rest.Client;
let stream: mastodon.streaming.Client;
const c = {} as Record<
  'user' | 'notifications' | 'local' | 'remote' | 'tag' | 'list' | 'direct' | 'publicMedia',
  EventCollector
>;

beforeAll(async () => {
  fi = await withInstance();
  alice = await restAs(fi, 'alice');
  bob = await restAs(fi, 'bob');
  stream = await streamingAs(fi, 'alice');
  const friends = (await alice.v1.lists.list()).find((l) => l.title === 'Close friends')!;
  c.user = new EventCollector(stream.user.subscribe());
  c.notifications = new EventCollector(stream.user.notification.subscribe());
  c.local = new EventCollector(stream.public.local.subscribe());
  c.remote = new EventCollector(stream.public.remote.subscribe());
  c.tag = new EventCollector(stream.hashtag.subscribe({ tag: 'FakeTag' }));
  c.list = new EventCollector(stream.list.subscribe({ list: friends.id }));
  c.direct = new EventCollector(stream.direct.subscribe());
  c.publicMedia = new EventCollector(stream.public.media.subscribe());
  await subscribed(fi, 8);
});
afterAll(async () => {
  stream.close();
  await fi.close();
});

const about = (id: string) => (e: mastodon.streaming.Event) =>
  (e.event === 'update' || e.event === 'status.update') &&
  (payloadStatus(e).id === id || payloadStatus(e).reblog?.id === id);
const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 150));

describe('streaming through masto', () => {
  it('delivers a REST post to exactly the streams a real server would', async () => {
    const post = await bob.v1.statuses.create({ status: 'Streaming check #FakeTag' });
    const onUser = await c.user.next(about(post.id));
    expect(onUser.stream).toEqual(['user']);
    expect(payloadStatus(onUser).content).toContain('Streaming check');
    expect(payloadStatus(onUser).favourited).toBe(false);
    const onTag = await c.tag.next(about(post.id));
    expect(onTag.stream).toEqual(['hashtag', 'FakeTag']);
    await c.local.next(about(post.id));
    const onList = await c.list.next(about(post.id));
    expect(onList.stream[0]).toBe('list');
    await settle();
    expect(c.remote.events.some(about(post.id))).toBe(false);
    expect(c.publicMedia.events.some(about(post.id))).toBe(false);

    const remote = await fi.admin.injectStatus({
      as: 'lena@remote.example',
      text: 'from afar',
      mediaCount: 1,
    });
    await c.remote.next(about(remote.id));
    await c.publicMedia.next(about(remote.id));
    await settle();
    expect(c.local.events.some(about(remote.id))).toBe(false);

    const unlisted = await bob.v1.statuses.create({ status: 'quiet #FakeTag', visibility: 'unlisted' });
    await c.user.next(about(unlisted.id));
    await settle();
    expect(c.local.events.some(about(unlisted.id))).toBe(false);
    expect(c.tag.events.some(about(unlisted.id))).toBe(false);
  });

  it('streams edits, deletes and boosts', async () => {
    const post = await bob.v1.statuses.create({ status: 'before' });
    await c.user.next(about(post.id));
    await bob.v1.statuses.$select(post.id).update({ status: 'after' });
    const edit = await c.user.next((e) => e.event === 'status.update' && payloadStatus(e).id === post.id);
    expect(payloadStatus(edit).content).toBe('<p>after</p>');
    await bob.v1.statuses.$select(post.id).remove();
    const del = await c.user.next((e) => e.event === 'delete' && e.payload === post.id);
    expect(del.stream).toEqual(['user']);
    await c.local.next((e) => e.event === 'delete' && e.payload === post.id);

    const alicePost = await alice.v1.statuses.create({ status: 'boost me' });
    const boost = await bob.v1.statuses.$select(alicePost.id).reblog();
    // Boosts of your own posts stay out of your home feed, but you get a notification.
    const n = await c.notifications.next(
      (e) => e.event === 'notification' && (e.payload as mastodon.v1.Notification).type === 'reblog',
    );
    expect((n.payload as mastodon.v1.Notification).status?.id).toBe(alicePost.id);
    expect(n.stream).toEqual(['user:notification']);
    await settle();
    expect(c.user.events.some((e) => e.event === 'update' && payloadStatus(e).id === boost.id)).toBe(false);
    const chloePost = await fi.admin.injectStatus({ as: 'chloe', text: 'boost target' });
    const boostOfChloe = await bob.v1.statuses.$select(chloePost.id).reblog();
    const update = await c.user.next((e) => e.event === 'update' && payloadStatus(e).id === boostOfChloe.id);
    expect(payloadStatus(update).reblog?.id).toBe(chloePost.id);
  });

  it('streams notifications on both user streams, conversations and filters_changed', async () => {
    const mine = await alice.v1.statuses.create({ status: 'fav me' });
    await bob.v1.statuses.$select(mine.id).favourite();
    const onUser = await c.user.next(
      (e) => e.event === 'notification' && (e.payload as mastodon.v1.Notification).type === 'favourite',
    );
    expect((onUser.payload as mastodon.v1.Notification).account.username).toBe('bob');
    await c.notifications.next(
      (e) => e.event === 'notification' && (e.payload as mastodon.v1.Notification).type === 'favourite',
    );

    const dm = await bob.v1.statuses.create({ status: '@alice secret', visibility: 'direct' });
    const conv = await c.direct.next((e) => e.event === 'conversation');
    expect((conv.payload as mastodon.v1.Conversation).lastStatus?.id).toBe(dm.id);
    expect((conv.payload as mastodon.v1.Conversation).unread).toBe(true);
    await settle();
    expect(c.local.events.some(about(dm.id))).toBe(false);

    await alice.v2.filters.create({
      title: 'x',
      context: ['home'],
      keywordsAttributes: [{ keyword: 'zzz' }],
    });
    const changed = await c.user.next((e) => e.event === 'filters_changed');
    expect(changed.payload).toBeUndefined();
  });

  it('injected notifications and firehoses reach the right streams', async () => {
    await fi.admin.injectNotification({ for: 'alice', type: 'follow', from: 'marco@remote.example' });
    await c.notifications.next(
      (e) => e.event === 'notification' && (e.payload as mastodon.v1.Notification).type === 'follow',
    );
    const before = c.tag.events.length;
    await fi.admin.startFirehose({ perSecond: 50, streams: [{ hashtag: 'FakeTag' }], count: 10 });
    await c.tag.next(() => c.tag.events.length >= before + 10, 4000);
    expect((await fi.admin.firehoseStatus()).posted).toBe(10);
  });

  it('answers bad subscriptions with Mastodon error frames (masto surfaces them as errors)', async () => {
    const bobStream = await streamingAs(fi, 'bob');
    const aliceList = (await alice.v1.lists.list())[0]!;
    const sub = new EventCollector(bobStream.list.subscribe({ list: aliceList.id }));
    await expect(sub.next(() => true, 4000)).rejects.toBeInstanceOf(MastoUnexpectedError);
    expect((sub.error as Error).message).toBe('Not authorized to stream this list');
    bobStream.close();
  });
});

describe('streaming protocol details', () => {
  const frames = (ws: WebSocket): unknown[] => {
    const got: unknown[] = [];
    ws.on('message', (d) => got.push(JSON.parse(String(d))));
    return got;
  };
  const open = (ws: WebSocket): Promise<void> =>
    new Promise((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });

  it('takes the token from the Authorization header or access_token, and sends error frames', async () => {
    const token = await fi.admin.tokenFor('alice');
    const ws = new WebSocket(`${fi.url.replace('http', 'ws')}/api/v1/streaming`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const got = frames(ws);
    await open(ws);
    ws.send(JSON.stringify({ type: 'subscribe', stream: 'nope' }));
    ws.send(JSON.stringify({ type: 'subscribe', stream: 'hashtag' }));
    await new Promise((r) => setTimeout(r, 100));
    expect(got).toEqual([
      { error: 'Unknown stream type', status: 400 },
      { error: 'Missing tag name parameter', status: 400 },
    ]);
    ws.close();
    const q = new WebSocket(
      `${fi.url.replace('http', 'ws')}/api/v1/streaming?access_token=${token}&stream=public:local`,
    );
    const qGot = frames(q);
    await open(q);
    const post = await fi.admin.injectStatus({ as: 'bob', text: 'legacy query stream' });
    await new Promise((r) => setTimeout(r, 150));
    expect(qGot).toContainEqual(expect.objectContaining({ stream: ['public:local'], event: 'update' }));
    expect(JSON.parse((qGot[0] as { payload: string }).payload)).toMatchObject({
      id: post.id,
      account: { username: 'bob' },
    });
    q.close();
  });

  it('rejects upgrades without a valid user token (401)', async () => {
    const status = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`${fi.url.replace('http', 'ws')}/api/v1/streaming`);
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('error', () => undefined);
    });
    expect(status).toBe(401);
  });

  it('can run without streaming at all (404), as some servers do', async () => {
    const off = await withInstance({ streaming: false, empty: true });
    const token = await off.admin.tokenFor('alice');
    const status = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`${off.url.replace('http', 'ws')}/api/v1/streaming`, token);
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('error', () => undefined);
    });
    expect(status).toBe(404);
    expect((await fetch(`${off.url}/api/v1/streaming/health`)).status).toBe(404);
    expect(await (await fetch(`${fi.url}/api/v1/streaming/health`)).text()).toBe('OK');
    await off.close();
  });
});
