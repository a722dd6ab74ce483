import { MastoHttpError } from 'masto';
import { describe, expect, it, vi } from 'vitest';
import { createClientRegistry } from './client-registry';

const notFound = () =>
  new MastoHttpError({ statusCode: 404, message: 'Not found', description: 'Not found' });

/** A registry whose REST client answers the instance reads with these. */
function registryWith(
  v2: () => Promise<unknown>,
  v1: () => Promise<unknown> = () => Promise.reject(notFound()),
) {
  const rest = { v2: { instance: { fetch: vi.fn(v2) } }, v1: { instance: { fetch: vi.fn(v1) } } };
  const registry = createClientRegistry({
    getToken: async (accountId) => ({ accountId, instanceUrl: 'https://x.example', accessToken: 't' }),
    createRest: (() => rest) as never,
    createStreaming: vi.fn() as never,
  });
  return { rest, clients: () => registry.clientFor('a') };
}

const v2Naming = (streaming: string) => async () => ({ configuration: { urls: { streaming } } });

describe('the streaming host', () => {
  it('is the one the instance names, from the same read as the instance itself', async () => {
    const { rest, clients } = registryWith(v2Naming('wss://streaming.x.example'));
    const c = await clients();
    expect(await c.streamingUrl()).toBe('wss://streaming.x.example');
    expect((await c.instance()).version).toBe(2);
    expect(rest.v2.instance.fetch).toHaveBeenCalledTimes(1);
  });

  it('comes from v1 where v2 is missing (Mastodon < 4.0)', async () => {
    const { clients } = registryWith(
      () => Promise.reject(notFound()),
      async () => ({ urls: { streamingApi: 'wss://old.x.example' } }),
    );
    expect(await (await clients()).streamingUrl()).toBe('wss://old.x.example');
  });

  it('is the instance itself after a failed read, for that connection only', async () => {
    const answers = [() => Promise.reject(new Error('offline')), v2Naming('wss://streaming.x.example')];
    const { clients } = registryWith(() => answers.shift()!());
    const c = await clients();
    expect(await c.streamingUrl()).toBe('wss://x.example');
    expect(await c.streamingUrl()).toBe('wss://streaming.x.example');
  });
});
