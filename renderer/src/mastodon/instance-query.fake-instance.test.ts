// @vitest-environment jsdom
/** One read of the instance per account, and what each feature takes from it, against the fake instance. */
import '../../../e2e/fake-instance/test/node-polyfills';
import { QueryClient } from '@tanstack/react-query';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeInstance, type FakeInstance } from '../../../e2e/fake-instance/index';
import type { PouetBridge } from '../../../electron/ipc/contract';
import { limitsOf } from '../features/compose/compose.queries';
import { groupingMode } from '../features/notifications/notifications.queries';
import { accountForgotten } from './account-session';
import { clientRegistry } from './client-registry';
import { instanceQuery } from './instance-query';

const accountId = 'alice@instance-query';
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

beforeEach(async () => {
  accountForgotten(accountId); // new clients: each test reads the instance afresh
  await fi.admin.clearReceived();
});
afterEach(() => fi.admin.clearFaults());

const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

describe('instanceQuery', () => {
  it('reads v2 on a current server, for every feature at once', async () => {
    const queries = client();
    const server = await queries.fetchQuery(instanceQuery(accountId));
    expect(server.version).toBe(2);
    expect(await groupingMode(queries, accountId)).toBe('server');
    expect(limitsOf(server).maxCharacters).toBeGreaterThan(0);
    expect(await fi.admin.received({ path: '/api/v2/instance' })).toHaveLength(1);
  });

  it('reads it once for the streaming host and the features together', async () => {
    const clients = await clientRegistry.clientFor(accountId);
    const [streaming, server] = await Promise.all([
      clients.streamingUrl(),
      client().fetchQuery(instanceQuery(accountId)),
    ]);
    expect(server.version).toBe(2);
    expect(streaming).toBe(server.version === 2 && server.instance.configuration.urls.streaming);
    expect(await fi.admin.received({ path: '/api/v2/instance' })).toHaveLength(1);
  });

  it('does not keep a failed read: the next query asks again', async () => {
    await fi.admin.failNext({ count: 1, status: 403, path: '/api/v2/instance' });
    await expect(client().fetchQuery(instanceQuery(accountId))).rejects.toThrow();
    expect((await client().fetchQuery(instanceQuery(accountId))).version).toBe(2);
    expect(await fi.admin.received({ path: '/api/v2/instance' })).toHaveLength(2);
  });

  it('falls back to v1 where v2 is missing (Mastodon < 4.0): grouping on the client, v1 limits', async () => {
    await fi.admin.failNext({ count: 1, status: 404, path: '/api/v2/instance' });
    const queries = client();
    const server = await queries.fetchQuery(instanceQuery(accountId));
    expect(server.version).toBe(1);
    expect(await groupingMode(queries, accountId)).toBe('client');
    expect(limitsOf(server).maxCharacters).toBe(server.instance.configuration.statuses.maxCharacters);
    expect(await fi.admin.received({ path: '/api/v1/instance' })).toHaveLength(1);
  });

  it('does not read v1 when v2 fails for another reason', async () => {
    await fi.admin.failNext({ count: 1, status: 403, path: '/api/v2/instance' });
    await expect(client().fetchQuery(instanceQuery(accountId))).rejects.toThrow();
    expect(await fi.admin.received({ path: '/api/v1/instance' })).toHaveLength(0);
  });

  it('keeps a session’s grouping once known, however old, so a feed’s pages are grouped alike', async () => {
    const queries = client();
    const server = await queries.fetchQuery(instanceQuery(accountId));
    // Two hours later (past the instance's hour of freshness) the server fails: grouping does not ask.
    queries.setQueryData(instanceQuery(accountId).queryKey, server, {
      updatedAt: Date.now() - 2 * 3_600_000,
    });
    await fi.admin.failNext({ count: 5, status: 500, path: '/api/v2/instance' });
    expect(await groupingMode(queries, accountId)).toBe('server');
    expect(await fi.admin.received({ path: '/api/v2/instance' })).toHaveLength(1);
  });
});
