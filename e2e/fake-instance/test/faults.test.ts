import { createRestAPIClient, MastoHttpError, MastoTimeoutError, type mastodon } from 'masto';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeInstance } from '../index';
import {
  countingWebSocket,
  EventCollector,
  payloadStatus,
  restAs,
  streamingAs,
  subscribed,
  waitUntil,
  withInstance,
} from './masto-harness';

let fi: FakeInstance;
let alice: mastodon.rest.Client;

beforeAll(async () => {
  fi = await withInstance();
  alice = await restAs(fi, 'alice');
});
afterAll(() => fi.close());

async function caught(p: PromiseLike<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a failure');
}

describe('fault controls', () => {
  it('fails the next request with 429 and Mastodon rate-limit headers', async () => {
    await fi.admin.failNext({ count: 1, status: 429, path: '/api/v1/timelines/home' });
    const err = await caught(alice.v1.timelines.home.list());
    expect(err).toBeInstanceOf(MastoHttpError);
    const http = err as MastoHttpError;
    expect(http.statusCode).toBe(429);
    expect(http.message).toBe('Too many requests');
    const headers = (http.cause as Response).headers;
    expect(headers.get('x-ratelimit-limit')).toBe('300');
    expect(headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Date.parse(headers.get('x-ratelimit-reset')!)).toBeGreaterThan(Date.now() - 1000);
    expect((await alice.v1.timelines.home.list()).length).toBeGreaterThan(0);
  });

  it('fails the next K matching requests with 500, leaving other paths alone', async () => {
    await fi.admin.failNext({ count: 2, status: 500, path: '/api/v1/notifications' });
    expect((await alice.v1.timelines.home.list({ limit: 1 })).length).toBe(1);
    expect(await caught(alice.v1.notifications.list())).toMatchObject({ statusCode: 500 });
    expect(await caught(alice.v1.notifications.list())).toMatchObject({ statusCode: 500 });
    expect((await alice.v1.notifications.list()).length).toBeGreaterThan(0);
    await fi.admin.failNext({ count: 1, status: 503, body: 'html' });
    const res = await fetch(`${fi.url}/api/v1/instance`);
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toContain('text/html');
  });

  it('answers slowly on request, which client timeouts notice', async () => {
    await fi.admin.slowNext({ count: 1, delayMs: 300, path: '/api/v1/accounts/verify_credentials' });
    const t0 = Date.now();
    await alice.v1.accounts.verifyCredentials();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
    const t1 = Date.now();
    await alice.v1.accounts.verifyCredentials();
    expect(Date.now() - t1).toBeLessThan(250);
    await fi.admin.slowNext({ count: 1, delayMs: 400 });
    const impatient = createRestAPIClient({
      url: fi.url,
      accessToken: await fi.admin.tokenFor('alice'),
      timeout: 100,
    });
    expect(await caught(impatient.v1.instance.fetch())).toBeInstanceOf(MastoTimeoutError);
    await fi.admin.clearFaults();
  });

  it('drops every streaming connection; masto reconnects and resubscribes', async () => {
    const counting = countingWebSocket();
    const stream = await streamingAs(fi, 'alice', { implementation: counting.impl });
    const events = new EventCollector(stream.public.local.subscribe());
    await subscribed(fi, 1);
    expect(counting.opens()).toBe(1);
    expect(await fi.admin.dropStreams()).toBe(1);
    expect((await fi.admin.streams()).connections).toBe(0);
    await waitUntil(() => counting.opens() === 2, 5000, 'reconnect');
    await subscribed(fi, 1);
    const post = await fi.admin.injectStatus({ as: 'bob', text: 'after the drop' });
    expect(
      payloadStatus(await events.next((e) => e.event === 'update' && payloadStatus(e).id === post.id))
        .content,
    ).toContain('after the drop');
    stream.close();
  });

  it('refuses streaming connections for a while (503), then accepts again', async () => {
    const token = await fi.admin.tokenFor('alice');
    const attempt = (): Promise<number> =>
      new Promise((resolve) => {
        const ws = new WebSocket(`${fi.url.replace('http', 'ws')}/api/v1/streaming`, token);
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.on('open', () => {
          ws.close();
          resolve(101);
        });
        ws.on('error', () => undefined);
      });
    await fi.admin.refuseStreams(300);
    expect(await attempt()).toBe(503);
    await new Promise((r) => setTimeout(r, 350));
    expect(await attempt()).toBe(101);
  });

  it('records what it received', async () => {
    await fi.admin.clearReceived();
    await alice.v1.statuses.create({ status: 'logged', visibility: 'unlisted' });
    const log = await fi.admin.received({ method: 'POST' });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      method: 'POST',
      path: '/api/v1/statuses',
      status: 200,
      body: { status: 'logged', visibility: 'unlisted' },
    });
    expect(log[0]!.headers.authorization).toMatch(/^Bearer /);
  });
});
