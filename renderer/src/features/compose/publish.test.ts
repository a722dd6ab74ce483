import { MastoHttpError } from 'masto';
import { describe, expect, it, vi } from 'vitest';
import type { mastodon } from '../../mastodon';
import { makeStatus } from '../../test/factories';
import { toComposeFailure } from './compose-failure';
import { draftFailed, newDraft, type Draft } from './draft';
import { publishDraft } from './publish';

interface Call {
  params: Record<string, unknown>;
  key: string | undefined;
}

/** A rest client that fails the first `failures` creates with the given errors, then succeeds. */
function fakeRest(failures: unknown[] = []) {
  const calls: Call[] = [];
  const mediaUpdates: [string, unknown][] = [];
  const searches: unknown[] = [];
  const create = vi.fn(
    async (
      params: Record<string, unknown>,
      meta?: { requestInit?: { headers?: Record<string, string> } },
    ) => {
      calls.push({ params, key: meta?.requestInit?.headers?.['Idempotency-Key'] });
      const failure = failures.shift();
      if (failure) throw failure;
      return params.scheduledAt ? { id: 's1', scheduledAt: params.scheduledAt } : makeStatus({ id: 'new' });
    },
  );
  const update = vi.fn(async () => makeStatus({ id: 'edited' }));
  const rest = {
    v1: {
      statuses: { create, $select: () => ({ update }) },
      media: { $select: (id: string) => ({ update: async (p: unknown) => void mediaUpdates.push([id, p]) }) },
    },
    v2: {
      search: {
        list: async (p: unknown) => {
          searches.push(p);
          return { statuses: [makeStatus({ id: 'found-here' })], accounts: [], hashtags: [] };
        },
      },
    },
  } as unknown as mastodon.rest.Client;
  return { rest, calls, update, mediaUpdates, searches };
}

const http = (statusCode: number, description = 'nope') =>
  new MastoHttpError({ statusCode, message: description, description });

const draft = (patch: Partial<Draft> = {}): Draft => ({
  ...newDraft('1@home.example'),
  text: 'hello',
  ...patch,
});

/** What the composer does: try, keep the draft on failure, try again with the same draft. */
async function publishUntilPosted(rest: mastodon.rest.Client, start: Draft, attempts: number) {
  let current = start;
  for (let i = 0; i < attempts; i++) {
    try {
      return await publishDraft(rest, current);
    } catch (error) {
      current = draftFailed(current, { kind: toComposeFailure(error).kind });
    }
  }
  throw new Error('never posted');
}

describe('publishing', () => {
  it('sends the Idempotency-Key with the post', async () => {
    const { rest, calls } = fakeRest();
    const d = draft();
    await expect(publishDraft(rest, d)).resolves.toMatchObject({ kind: 'posted' });
    expect(calls).toEqual([{ params: expect.objectContaining({ status: 'hello' }), key: d.idempotencyKey }]);
  });

  it('retries after 500, 429, 422 and offline with the very same key', async () => {
    const offline = new TypeError('Failed to fetch');
    const { rest, calls } = fakeRest([
      http(500),
      http(429),
      http(422, 'Validation failed: try again'),
      offline,
    ]);
    const d = draft();
    await expect(publishUntilPosted(rest, d, 5)).resolves.toMatchObject({ kind: 'posted' });
    expect(calls).toHaveLength(5);
    expect(new Set(calls.map((c) => c.key))).toEqual(new Set([d.idempotencyKey]));
  });

  it('schedules with scheduled_at and the same key', async () => {
    const { rest, calls } = fakeRest();
    const at = new Date(Date.now() + 3600_000).toISOString();
    await expect(publishDraft(rest, draft({ scheduledAt: at }))).resolves.toMatchObject({
      kind: 'scheduled',
    });
    expect(calls[0]!.params).toMatchObject({ scheduledAt: at });
  });

  it('edits with PUT, without creating anything', async () => {
    const { rest, calls, update } = fakeRest();
    await expect(publishDraft(rest, draft({ editOf: { statusId: '9' } }))).resolves.toMatchObject({
      kind: 'edited',
    });
    expect(calls).toEqual([]);
    expect(update).toHaveBeenCalledWith(expect.objectContaining({ status: 'hello', mediaIds: [] }));
  });

  it('sends alt text and focal points edited since upload before posting', async () => {
    const { rest, mediaUpdates } = fakeRest();
    const media = {
      id: 'm1',
      type: 'image' as const,
      previewUrl: null,
      url: null,
      fileName: 'a.png',
      description: 'A red kite',
      focus: { x: 0.25, y: -0.5 },
      dirty: true,
    };
    await publishDraft(rest, draft({ media: [media, { ...media, id: 'm2', dirty: false }] }));
    expect(mediaUpdates).toEqual([['m1', { description: 'A red kite', focus: '0.25,-0.50' }]]);
  });

  it('finds a reply’s target from another instance by its URI', async () => {
    const { rest, calls, searches } = fakeRest();
    const replyTo = {
      id: 'theirs',
      accountId: '5@other.example',
      uri: 'https://remote.example/statuses/1',
      authorAcct: 'x',
      authorName: 'X',
      authorEmojis: [],
      authorAvatar: '',
      excerpt: '',
    };
    await publishDraft(rest, draft({ replyTo }));
    expect(searches).toEqual([{ q: replyTo.uri, type: 'statuses', resolve: true, limit: 1 }]);
    expect(calls[0]!.params).toMatchObject({ inReplyToId: 'found-here' });
    await publishDraft(rest, draft({ replyTo: { ...replyTo, accountId: '2@home.example' } }));
    expect(calls[1]!.params).toMatchObject({ inReplyToId: 'theirs' });
  });
});

describe('publishing failures', () => {
  it('keep the server’s own reason for a 422', () => {
    expect(toComposeFailure(http(422, 'Validation failed: Text character limit of 500 exceeded'))).toEqual({
      kind: 'rejected',
      message: 'Validation failed: Text character limit of 500 exceeded',
    });
  });

  it('type the rest at the edge', () => {
    expect(toComposeFailure(http(500)).kind).toBe('server_error');
    expect(toComposeFailure(http(503)).kind).toBe('server_error');
    expect(toComposeFailure(http(429))).toMatchObject({ kind: 'rate_limited', retryAt: expect.any(Number) });
    expect(toComposeFailure(http(401)).kind).toBe('auth_expired');
    expect(toComposeFailure(http(413)).kind).toBe('too_large');
  });
});
