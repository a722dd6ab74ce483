import type { mastodon } from 'masto';
import { host, unwrap } from '../lib/host';
import { clientRegistry, type MastoClients } from './client-registry';
import { browserIsOnline, watchConnectivity } from './connectivity';
import { toMastoFailure, type MastoFailure } from './masto-errors';
import { observedWebSocket } from './observed-websocket';
import { StreamHub, type StreamConnection, type StreamSpec, type StreamSubscription } from './stream-hub';

/** Adapts a masto streaming client to the hub's small seam. */
export function asConnection(client: mastodon.streaming.Client): StreamConnection {
  const subscribe = (spec: StreamSpec): StreamSubscription => {
    switch (spec.stream) {
      case 'user':
        return client.user.subscribe();
      case 'user:notification':
        return client.user.notification.subscribe();
      case 'public':
        return client.public.subscribe();
      case 'public:media':
        return client.public.media.subscribe();
      case 'public:local':
        return client.public.local.subscribe();
      case 'public:local:media':
        return client.public.local.media.subscribe();
      case 'public:remote':
        return client.public.remote.subscribe();
      case 'public:remote:media':
        return client.public.remote.media.subscribe();
      case 'hashtag':
        return client.hashtag.subscribe({ tag: spec.tag ?? '' });
      case 'hashtag:local':
        return client.hashtag.local.subscribe({ tag: spec.tag ?? '' });
      case 'list':
        return client.list.subscribe({ list: spec.list ?? '' });
      case 'direct':
        return client.direct.subscribe();
    }
  };
  return { subscribe, close: () => client.close() };
}

/** `wss://streaming.example` → `https://streaming.example/api/v1/streaming/health`. */
export function streamingHealthUrl(streamingUrl: string): string {
  const url = new URL('/api/v1/streaming/health', streamingUrl);
  url.protocol = url.protocol === 'ws:' ? 'http:' : url.protocol === 'wss:' ? 'https:' : url.protocol;
  return url.href;
}

const hubs = new Map<string, StreamHub>();
const expired = new Set<string>();

async function diagnose(accountId: string): Promise<MastoFailure | undefined> {
  try {
    const clients = await clientRegistry.clientFor(accountId);
    await clients.rest.v1.accounts.verifyCredentials();
    return undefined;
  } catch (error) {
    return toMastoFailure(error);
  }
}

async function probeStreaming(clients: MastoClients): Promise<boolean> {
  try {
    const response = await fetch(streamingHealthUrl(await clients.streamingUrl()), {
      signal: AbortSignal.timeout(10_000),
    });
    return response.ok;
  } catch {
    return false;
  }
}

/** The stream hub of an account: one socket shared by all its columns. */
export function streamHubFor(accountId: string): StreamHub {
  let hub = hubs.get(accountId);
  if (!hub) {
    hub = new StreamHub({
      connect: async (hooks) => {
        const clients = await clientRegistry.clientFor(accountId);
        await clients.streamingUrl();
        return asConnection(clients.openStreaming(observedWebSocket(hooks)));
      },
      diagnose: () => diagnose(accountId),
      probeStreaming: async () => probeStreaming(await clientRegistry.clientFor(accountId)),
      onAuthExpired: () => authExpired(accountId),
      watchConnectivity,
      isOnline: browserIsOnline,
    });
    hubs.set(accountId, hub);
  }
  return hub;
}

/**
 * A 401 from the instance: the token was revoked elsewhere. Tell the host once (the account is marked
 * "needs sign-in" and its columns stay), drop the clients and stop streaming.
 */
export function authExpired(accountId: string): void {
  if (expired.has(accountId)) return;
  expired.add(accountId);
  clientRegistry.forget(accountId);
  hubs.get(accountId)?.stopForAuth();
  void unwrap(host().accounts.markNeedsSignIn({ accountId })).catch((error: unknown) =>
    console.warn('[mastodon] could not mark the account as needing sign-in', error),
  );
}

/** The account signed in again: new token, new clients, streams back on. */
export function accountReauthorized(accountId: string): void {
  if (!expired.delete(accountId)) return;
  clientRegistry.forget(accountId);
  hubs.get(accountId)?.revive();
}

/** The account was signed out: close its socket and forget its clients. */
export function accountForgotten(accountId: string): void {
  expired.delete(accountId);
  clientRegistry.forget(accountId);
  hubs.get(accountId)?.dispose();
  hubs.delete(accountId);
}
