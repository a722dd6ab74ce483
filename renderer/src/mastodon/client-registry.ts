import { createRestAPIClient, createStreamingAPIClient, type mastodon } from 'masto';
import type { AccountToken } from '../../../electron/ipc/types/accounts';
import { host, unwrap } from '../lib/host';
import { fetchServerInstance, streamingUrlOf, type ServerInstance } from './server-instance';

/** A WebSocket constructor, as masto's `implementation` option takes it. */
export type WebSocketClass = new (url: string | URL, protocols?: string | string[]) => WebSocket;

/** Everything that talks to one account's instance. Made here only (STYLE.md §6). */
export interface MastoClients {
  readonly accountId: string;
  readonly instanceUrl: string;
  readonly rest: mastodon.rest.Client;
  /**
   * The server's instance document, read once for these clients (a failed read is not kept). The streaming
   * host and `instanceQuery` both come from it: one request per account at startup, not two.
   */
  instance(): Promise<ServerInstance>;
  /** The streaming host the instance names, else the instance itself with a ws scheme; found once. */
  streamingUrl(): Promise<string>;
  /** A fresh streaming client on this account's token; the stream hub makes one per connection. */
  openStreaming(implementation: WebSocketClass): mastodon.streaming.Client;
}

export interface ClientRegistryDeps {
  /** The account's token for this run (kept in memory here, never in renderer storage). */
  getToken(accountId: string): Promise<AccountToken>;
  createRest: typeof createRestAPIClient;
  createStreaming: typeof createStreamingAPIClient;
}

const requestTimeoutMs = 30_000;

/** `https://x` → `wss://x`: the fallback when the instance does not name a streaming host. */
export function toWebSocketUrl(url: string): string {
  const parsed = new URL(url);
  parsed.protocol = parsed.protocol === 'http:' ? 'ws:' : 'wss:';
  return parsed.origin;
}

/** What the user typed for a server ("mastodon.social", "https://x.example/") → its origin. */
export function normalizeInstanceUrl(input: string): string {
  const trimmed = input.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  return new URL(withScheme).origin;
}

export function createClientRegistry(deps: ClientRegistryDeps) {
  const pending = new Map<string, Promise<MastoClients>>();
  const ready = new Map<string, MastoClients>();
  const publicClients = new Map<string, mastodon.rest.Client>();
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());

  async function build(accountId: string): Promise<MastoClients> {
    const { accessToken, instanceUrl } = await deps.getToken(accountId);
    const rest = deps.createRest({ url: instanceUrl, accessToken, timeout: requestTimeoutMs });
    let server: Promise<ServerInstance> | undefined;
    let discovery: Promise<string> | undefined;
    let streamingApiUrl: string | undefined;
    const instance = () =>
      (server ??= fetchServerInstance(rest).catch((error: unknown) => {
        server = undefined;
        throw error;
      }));
    return {
      accountId,
      instanceUrl,
      rest,
      instance,
      streamingUrl() {
        // A server that names no host leaves the instance's own, which Mastodon proxies. So does a failed
        // read, for this connection only: the next one asks again.
        discovery ??= instance().then(
          (server) => (streamingApiUrl = streamingUrlOf(server) || toWebSocketUrl(instanceUrl)),
          () => {
            discovery = undefined;
            return toWebSocketUrl(instanceUrl);
          },
        );
        return discovery;
      },
      openStreaming: (implementation) =>
        deps.createStreaming({
          streamingApiUrl: streamingApiUrl ?? toWebSocketUrl(instanceUrl),
          accessToken,
          // One attempt per client: the hub reconnects with its own capped, jittered backoff.
          retry: false,
          implementation,
        }),
    };
  }

  return {
    /** The clients for a signed-in account, created on first use and shared afterwards. */
    clientFor(accountId: string): Promise<MastoClients> {
      let entry = pending.get(accountId);
      if (!entry) {
        entry = build(accountId).then(
          (clients) => {
            if (pending.get(accountId) === entry) {
              ready.set(accountId, clients);
              changed();
            }
            return clients;
          },
          (error: unknown) => {
            if (pending.get(accountId) === entry) pending.delete(accountId);
            throw error;
          },
        );
        pending.set(accountId, entry);
      }
      return entry;
    },
    /** Already-created clients, or undefined (for hooks; see useRest). */
    peek(accountId: string): MastoClients | undefined {
      return ready.get(accountId);
    },
    /** Drops an account's clients (signed out, or its token was revoked); the next use asks the host again. */
    forget(accountId: string): void {
      pending.delete(accountId);
      if (ready.delete(accountId)) changed();
    },
    /** An unauthenticated REST client for reading another server's public timeline. */
    publicClientFor(instance: string): mastodon.rest.Client {
      const url = normalizeInstanceUrl(instance);
      let client = publicClients.get(url);
      if (!client) {
        client = deps.createRest({ url, timeout: requestTimeoutMs });
        publicClients.set(url, client);
      }
      return client;
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type ClientRegistry = ReturnType<typeof createClientRegistry>;

export const clientRegistry: ClientRegistry = createClientRegistry({
  getToken: (accountId) => unwrap(host().accounts.token({ accountId })),
  createRest: createRestAPIClient,
  createStreaming: createStreamingAPIClient,
});

export const clientFor = (accountId: string) => clientRegistry.clientFor(accountId);
export const publicClientFor = (instance: string) => clientRegistry.publicClientFor(instance);
