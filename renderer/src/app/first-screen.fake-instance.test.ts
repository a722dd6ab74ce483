/**
 * The first screen's requests start before React renders anything: the accounts and the layout from the
 * host, then each timeline column's first page from the fake instance (e2e/), into the cache the columns
 * read.
 */
import '../../../e2e/fake-instance/test/node-polyfills';
import { QueryClient } from '@tanstack/react-query';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startFakeInstance, type FakeInstance } from '../../../e2e/fake-instance/index';
import type { PouetBridge } from '../../../electron/ipc/contract';
import type { Column, DeckLayout } from '../../../electron/ipc/types/deck';
import { deckLoaded } from '../features/deck';
import { accountForgotten, instanceQuery } from '../mastodon';
import { makeColumn } from '../test/factories';
import { prefetchFirstScreen } from './first-screen';

const accountId = 'alice@fake';
let fi: FakeInstance;

const column = (id: string, patch: Partial<Column>): Column => makeColumn({ id, accountId, ...patch });

const layout: DeckLayout = {
  version: 1,
  activeWorkspaceId: 'main',
  workspaces: [
    {
      id: 'main',
      name: 'Main',
      columns: [
        // Read here before: it reopens where the reader left off, or where the server's marker says.
        column('home', { type: 'home', lastReadId: '1' }),
        column('tag', { type: 'hashtag', params: { tags: ['caturday'], mode: 'any' } }),
        column('notes', { type: 'notifications' }),
      ],
    },
    { id: 'other', name: 'Other', columns: [column('local', { type: 'local' })] },
  ],
};

const deckLoad = vi.fn(async () => ({ ok: true, value: layout }));

beforeAll(async () => {
  fi = await startFakeInstance({ seed: 5 });
  const accessToken = await fi.admin.tokenFor('alice');
  window.pouet = {
    accounts: {
      token: async () => ({ ok: true, value: { accountId, instanceUrl: fi.url, accessToken } }),
      list: async () => ({
        ok: true,
        value: [{ id: accountId, instanceUrl: fi.url, acct: 'alice', status: 'active' }],
      }),
    },
    deck: { load: deckLoad },
    events: { on: () => () => undefined },
  } as unknown as PouetBridge;
});

afterAll(async () => {
  accountForgotten(accountId);
  await fi?.close();
});

describe('prefetchFirstScreen', () => {
  it(
    'asks for the active workspace’s timelines (not its notifications, nor other workspaces) before anything is drawn',
    { timeout: 15_000 },
    async () => {
      const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
      await fi.admin.clearReceived();

      prefetchFirstScreen(client);

      await vi.waitFor(
        async () => {
          const paths = (await fi.admin.received({ path: '/api/v1/timelines' })).map((r) => r.path);
          expect(paths.sort()).toEqual(['/api/v1/timelines/home', '/api/v1/timelines/tag/caturday']);
        },
        { timeout: 8_000, interval: 50 },
      );
      // The pages land where the columns' feeds will read them, and the accounts list is cached too.
      await vi.waitFor(() =>
        expect(client.getQueryCache().findAll({ queryKey: ['acct', accountId, 'timeline'] })).toHaveLength(2),
      );
      const [home] = client.getQueryCache().findAll({ queryKey: ['acct', accountId, 'timeline', 'home'] });
      await vi.waitFor(() => expect(home?.state.status).toBe('success'));
      expect(client.getQueryData(['host', 'accounts'])).toHaveLength(1);
      // The instance is asked for once, for every feature that reads a part of it.
      await vi.waitFor(() => expect(client.getQueryData(instanceQuery(accountId).queryKey)?.version).toBe(2));
      expect(await fi.admin.received({ path: '/api/v2/instance' })).toHaveLength(1);
      // So is home's read marker, which that column waits for before it opens.
      await vi.waitFor(async () =>
        expect(await fi.admin.received({ path: '/api/v1/markers', method: 'GET' })).toHaveLength(1),
      );
      // The deck, mounting later, reads the same layout rather than asking the host again.
      await deckLoaded();
      expect(deckLoad).toHaveBeenCalledTimes(1);
    },
  );
});
