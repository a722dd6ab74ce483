import { MastoHttpError, MastoTimeoutError, MastoUnexpectedError } from 'masto';
import { describe, expect, it } from 'vitest';
import { backoffDelay, streamBackoff } from './backoff';
import { normalizeInstanceUrl, toWebSocketUrl } from './client-registry';
import { compareIds, newerId } from './ids';
import { parseLinkHeader } from './link-header';
import { isTransient, MastoFailureError, toMastoFailure } from './masto-errors';
import { readErrorFrame } from './observed-websocket';
import { streamingHealthUrl } from './account-session';

describe('ids', () => {
  it('compares by length, then lexically (snowflakes never need BigInt)', () => {
    expect(compareIds('9', '10')).toBeLessThan(0);
    expect(compareIds('110', '109')).toBeGreaterThan(0);
    expect(compareIds('5', '5')).toBe(0);
    expect(['3', '100', '20'].sort(compareIds)).toEqual(['3', '20', '100']);
    expect(newerId('99', '100')).toBe('100');
    expect(newerId(undefined, '1')).toBe('1');
  });
});

describe('parseLinkHeader', () => {
  it('reads next/prev cursors, keeping only pagination parameters', () => {
    const header =
      '<https://x.social/api/v1/timelines/home?limit=40&max_id=105>; rel="next", <https://x.social/api/v1/timelines/home?min_id=110&types[]=mention>; rel="prev"';
    expect(parseLinkHeader(header)).toEqual({ next: { maxId: '105' }, prev: { minId: '110' } });
    expect(parseLinkHeader('<https://x.social/api/v1/trends/statuses?offset=20>; rel="next"')).toEqual({
      next: { offset: 20 },
    });
    expect(parseLinkHeader(null)).toEqual({});
    expect(parseLinkHeader('garbage')).toEqual({});
  });
});

describe('backoffDelay', () => {
  it('grows exponentially, is jittered between half and all of its ceiling, and is capped', () => {
    expect(backoffDelay(1, streamBackoff, () => 0)).toBe(500);
    expect(backoffDelay(1, streamBackoff, () => 1)).toBe(1000);
    expect(backoffDelay(4, streamBackoff, () => 1)).toBe(8000);
    expect(backoffDelay(50, streamBackoff, () => 1)).toBe(60_000);
    expect(backoffDelay(50, streamBackoff, () => 0)).toBe(30_000);
  });
});

describe('urls', () => {
  it('normalises what users type for a server, and derives socket and health URLs', () => {
    expect(normalizeInstanceUrl(' mastodon.social ')).toBe('https://mastodon.social');
    expect(normalizeInstanceUrl('http://127.0.0.1:3000/about')).toBe('http://127.0.0.1:3000');
    expect(toWebSocketUrl('https://x.social')).toBe('wss://x.social');
    expect(toWebSocketUrl('http://127.0.0.1:3000')).toBe('ws://127.0.0.1:3000');
    expect(streamingHealthUrl('wss://streaming.x.social')).toBe(
      'https://streaming.x.social/api/v1/streaming/health',
    );
  });
});

describe('toMastoFailure', () => {
  const http = (statusCode: number, headers: Record<string, string> = {}) =>
    new MastoHttpError(
      { statusCode, message: 'nope' },
      {
        cause: new Response('{}', {
          status: statusCode,
          headers: { 'content-type': 'application/json', ...headers },
        }),
      },
    );
  const now = Date.parse('2025-01-01T00:00:00Z');

  it('types HTTP statuses', () => {
    expect(toMastoFailure(http(401), { now })).toEqual({ kind: 'auth_expired' });
    expect(toMastoFailure(http(404), { now })).toEqual({ kind: 'not_found' });
    expect(toMastoFailure(http(410), { now })).toEqual({ kind: 'not_found' });
    expect(toMastoFailure(http(403), { now })).toEqual({ kind: 'forbidden' });
    expect(toMastoFailure(http(503), { now })).toEqual({ kind: 'server_error', status: 503 });
    expect(toMastoFailure(http(422), { now })).toMatchObject({ kind: 'unknown' });
  });

  it('reads the rate limit reset time', () => {
    expect(toMastoFailure(http(429, { 'x-ratelimit-reset': '2025-01-01T00:05:00.000Z' }), { now })).toEqual({
      kind: 'rate_limited',
      retryAt: Date.parse('2025-01-01T00:05:00Z'),
    });
    expect(toMastoFailure(http(429, { 'retry-after': '30' }), { now })).toEqual({
      kind: 'rate_limited',
      retryAt: now + 30_000,
    });
    expect(toMastoFailure(http(429), { now })).toEqual({ kind: 'rate_limited', retryAt: now + 60_000 });
  });

  it('says "not public" for 401/422 without a token', () => {
    expect(toMastoFailure(http(401), { authenticated: false })).toEqual({ kind: 'not_public' });
    expect(toMastoFailure(http(422), { authenticated: false })).toEqual({ kind: 'not_public' });
  });

  it('types network failures, timeouts and broken answers', () => {
    expect(toMastoFailure(new TypeError('Failed to fetch'), { online: true })).toEqual({
      kind: 'unreachable',
    });
    expect(toMastoFailure(new TypeError('Failed to fetch'), { online: false })).toEqual({ kind: 'offline' });
    expect(toMastoFailure(new MastoTimeoutError('slow'))).toEqual({ kind: 'timeout' });
    expect(toMastoFailure(new MastoUnexpectedError('html'))).toEqual({
      kind: 'server_error',
      status: undefined,
    });
    expect(toMastoFailure(new MastoFailureError({ kind: 'forbidden' }))).toEqual({ kind: 'forbidden' });
    expect(toMastoFailure(new Error('boom'), { online: true })).toEqual({ kind: 'unknown', detail: 'boom' });
    expect(isTransient({ kind: 'server_error', status: 502 })).toBe(true);
    expect(isTransient({ kind: 'not_found' })).toBe(false);
  });
});

describe('readErrorFrame', () => {
  it('recognises Mastodon error frames cheaply', () => {
    expect(readErrorFrame('{"error":"Not authorized to stream this list","status":401}')).toEqual({
      message: 'Not authorized to stream this list',
      status: 401,
    });
    expect(readErrorFrame('{"stream":["user"],"event":"update","payload":"{}"}')).toBeUndefined();
    expect(readErrorFrame('{"error":')).toBeUndefined();
    expect(readErrorFrame(new ArrayBuffer(2))).toBeUndefined();
  });
});
