import { QueryClient } from '@tanstack/react-query';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AccountSummary } from '../../../../electron/ipc/types/accounts';
import { MastoFailureError, withPendingChanges, type MastoClients, type mastodon } from '../../mastodon';
import type * as Mastodon from '../../mastodon';
import { makeStatus } from '../../test/factories';
import { fullAcct, resolveStatus } from './act-as';
import type { StatusWriter } from './status-context';
import { runToggle, runVote } from './status.mutations';

const rest = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('../../mastodon', async (original) => {
  const actual = await original<typeof Mastodon>();
  return {
    ...actual,
    withAccount: async <T>(accountId: string, run: (clients: MastoClients) => Promise<T>) => {
      try {
        return await run({ accountId, rest: rest.current } as MastoClients);
      } catch (error) {
        throw error instanceof MastoFailureError
          ? error
          : new MastoFailureError(actual.toMastoFailure(error));
      }
    },
  };
});

const account = (id: string, instanceUrl: string, acct: string): AccountSummary =>
  ({ id, instanceUrl, acct, remoteId: id.split('@')[0], color: '#f00' }) as AccountSummary;
const alice = account('1@a.example', 'https://a.example', 'alice@a.example');
const bob = account('9@b.example', 'https://b.example', 'bob@b.example');
const carol = account('5@a.example', 'https://a.example', 'carol@a.example');

/** A writer that records every version written, per account. */
function recordingWriter() {
  const written: { accountId: string; status: mastodon.v1.Status }[] = [];
  const writer: StatusWriter = {
    upsert: (_client, accountId, status) => written.push({ accountId, status }),
    remove: vi.fn(),
    authorHidden: vi.fn(),
  };
  return { writer, written };
}

function fakeRest(handlers: Record<string, (id: string, params?: unknown) => Promise<unknown>>) {
  return {
    v1: {
      statuses: {
        $select: (id: string) =>
          new Proxy(
            {},
            { get: (_target, name: string) => (params?: unknown) => handlers[name]!(id, params) },
          ),
      },
      polls: {
        $select: (id: string) => ({ votes: { create: (params: unknown) => handlers['vote']!(id, params) } }),
      },
    },
    v2: { search: { list: (params: { q: string }) => handlers['search']!(params.q, params) } },
  };
}

let client: QueryClient;
beforeEach(() => {
  client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
});

describe('runToggle', () => {
  it('shows the change at once, then keeps the server’s answer', async () => {
    const post = makeStatus({ id: '7', favourited: false, favouritesCount: 2 });
    let answer!: (status: mastodon.v1.Status) => void;
    rest.current = fakeRest({ favourite: () => new Promise((done) => (answer = done)) });
    const { writer, written } = recordingWriter();
    const running = runToggle(
      { client, writer },
      { actor: alice, reader: alice, post },
      { kind: 'favourite', on: true },
    );
    await vi.waitFor(() => expect(written).toHaveLength(1));
    expect(written[0]).toMatchObject({
      accountId: alice.id,
      status: { id: '7', favourited: true, favouritesCount: 3 },
    });
    answer({ ...post, favourited: true, favouritesCount: 10 });
    await running;
    expect(written[1]!.status).toMatchObject({ favourited: true, favouritesCount: 10 });
  });

  it('keeps the guess on copies of the post loaded while the request is in flight, and only then', async () => {
    const post = makeStatus({ id: '7', favourited: false, favouritesCount: 2 });
    let answer!: (status: mastodon.v1.Status) => void;
    rest.current = fakeRest({ favourite: () => new Promise((done) => (answer = done)) });
    const running = runToggle(
      { client, writer: recordingWriter().writer },
      { actor: alice, reader: alice, post },
      { kind: 'favourite', on: true },
    );
    // A resync re-reads the page before the server has answered: its copy predates the favourite.
    const reloaded = makeStatus({ id: '7', favourited: false, favouritesCount: 2, content: '<p>edited</p>' });
    await vi.waitFor(() => expect(withPendingChanges(alice.id, reloaded).favourited).toBe(true));
    expect(withPendingChanges(alice.id, reloaded)).toMatchObject({
      content: '<p>edited</p>',
      favouritesCount: 3,
    });
    expect(withPendingChanges(bob.id, reloaded).favourited).toBe(false);
    const boost = makeStatus({ id: '8', reblog: reloaded });
    expect(withPendingChanges(alice.id, boost).reblog?.favourited).toBe(true);
    answer({ ...post, favourited: true, favouritesCount: 3 });
    await running;
    expect(withPendingChanges(alice.id, reloaded)).toBe(reloaded);
  });

  it('puts the post back as it was when the server refuses', async () => {
    const post = makeStatus({ id: '7', reblogged: false, reblogsCount: 1 });
    rest.current = fakeRest({ reblog: () => Promise.reject(new TypeError('fetch failed')) });
    const { writer, written } = recordingWriter();
    await expect(
      runToggle({ client, writer }, { actor: alice, reader: alice, post }, { kind: 'boost', on: true }),
    ).rejects.toBeInstanceOf(MastoFailureError);
    expect(written.map((w) => w.status.reblogged)).toEqual([true, false]);
    expect(written[1]!.status).toBe(post);
  });

  it('acts on the copy resolved on another instance, and writes only that account’s caches', async () => {
    const post = makeStatus({
      id: '7',
      uri: 'https://a.example/users/c/statuses/7',
      url: 'https://a.example/@c/7',
    });
    const theirs = makeStatus({ id: '900', uri: post.uri, favourited: false, favouritesCount: 0 });
    const searched: string[] = [];
    const favourited: string[] = [];
    rest.current = fakeRest({
      search: async (q) => (searched.push(q), { statuses: [theirs], accounts: [], hashtags: [] }),
      favourite: async (id) => (favourited.push(id), { ...theirs, favourited: true, favouritesCount: 1 }),
    });
    const { writer, written } = recordingWriter();
    await runToggle({ client, writer }, { actor: bob, reader: alice, post }, { kind: 'favourite', on: true });
    expect(searched).toEqual([post.uri]);
    expect(favourited).toEqual(['900']);
    expect(written.every((w) => w.accountId === bob.id)).toBe(true);
    // The resolved copy is cached for the next action.
    expect(client.getQueryData(['acct', bob.id, 'resolved', post.uri])).toMatchObject({
      id: '900',
      favourited: true,
    });
  });
});

describe('resolveStatus', () => {
  it('fetches by id on the same instance (ids are shared, flags are not)', async () => {
    const post = makeStatus({ id: '7' });
    const fetched: string[] = [];
    rest.current = fakeRest({ fetch: async (id) => (fetched.push(id), post) });
    await resolveStatus(carol, alice, post);
    expect(fetched).toEqual(['7']);
  });

  it('searches with resolve=true by URI, then by URL, and says not found otherwise', async () => {
    const post = makeStatus({ uri: 'https://a.example/users/c/statuses/7', url: 'https://a.example/@c/7' });
    const searches: unknown[] = [];
    rest.current = fakeRest({
      search: async (_q, params) => (searches.push(params), { statuses: [], accounts: [], hashtags: [] }),
    });
    await expect(resolveStatus(bob, alice, post)).rejects.toMatchObject({ failure: { kind: 'not_found' } });
    expect(searches).toEqual([
      { q: post.uri, type: 'statuses', resolve: true, limit: 1 },
      { q: post.url, type: 'statuses', resolve: true, limit: 1 },
    ]);
  });

  it('writes local handles with the reader’s domain for other servers', () => {
    expect(fullAcct('dmitri', alice)).toBe('dmitri@a.example');
    expect(fullAcct('lena@remote.example', alice)).toBe('lena@remote.example');
  });
});

describe('runVote', () => {
  it('shows the vote at once and keeps the server’s poll', async () => {
    const poll = {
      id: 'p1',
      expired: false,
      multiple: true,
      votesCount: 3,
      votersCount: 2,
      voted: false,
      ownVotes: [],
      options: [
        { title: 'Tea', votesCount: 2, emojis: [] },
        { title: 'Coffee', votesCount: 1, emojis: [] },
      ],
      emojis: [],
    } as mastodon.v1.Poll;
    const post = makeStatus({ poll });
    rest.current = fakeRest({
      vote: async () => ({ ...poll, voted: true, ownVotes: [0, 1], votesCount: 5 }),
    });
    const { writer, written } = recordingWriter();
    await runVote({ client, writer }, { actor: alice, reader: alice, post }, [0, 1]);
    expect(written[0]!.status.poll).toMatchObject({
      voted: true,
      ownVotes: [0, 1],
      votesCount: 5,
      votersCount: 3,
    });
    expect(written[0]!.status.poll!.options.map((o) => o.votesCount)).toEqual([3, 2]);
    expect(written[1]!.status.poll).toMatchObject({ votesCount: 5 });
  });
});
