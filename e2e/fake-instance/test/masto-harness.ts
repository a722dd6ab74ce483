import { createRestAPIClient, createStreamingAPIClient, type mastodon } from 'masto';
import { WebSocket } from 'ws';
import { startFakeInstance, type FakeInstance, type FakeInstanceOptions } from '../index';

/** What the contract tests share: an instance, masto clients on it, and a stream event collector. */

export async function withInstance(opts: FakeInstanceOptions = {}): Promise<FakeInstance> {
  return startFakeInstance({ mediaProcessingMs: 200, ...opts });
}

export async function restAs(
  fi: FakeInstance,
  username: string,
  scopes?: string[],
): Promise<mastodon.rest.Client> {
  const accessToken = await fi.admin.tokenFor(username, scopes);
  return createRestAPIClient({ url: fi.url, accessToken });
}

/** A WebSocket class that counts opened sockets, since masto reports no reconnects. */
export function countingWebSocket(): { impl: typeof WebSocket; opens: () => number } {
  let opens = 0;
  class Counting extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols);
      this.addEventListener('open', () => {
        opens++;
      });
    }
  }
  return { impl: Counting as unknown as typeof WebSocket, opens: () => opens };
}

export async function streamingAs(
  fi: FakeInstance,
  username: string,
  o: { implementation?: typeof WebSocket; scopes?: string[] } = {},
): Promise<mastodon.streaming.Client> {
  const accessToken = await fi.admin.tokenFor(username, o.scopes);
  const rest = createRestAPIClient({ url: fi.url, accessToken });
  const instance = await rest.v2.instance.fetch();
  return createStreamingAPIClient({
    streamingApiUrl: instance.configuration.urls.streaming,
    accessToken,
    implementation: o.implementation ?? WebSocket,
  });
}

/** Collects a subscription's events in the background; `next` waits for one matching a predicate. */
export class EventCollector {
  readonly events: mastodon.streaming.Event[] = [];
  error: unknown;
  private waiters: (() => void)[] = [];

  constructor(subscription: AsyncIterable<mastodon.streaming.Event>) {
    void (async () => {
      try {
        for await (const e of subscription) {
          this.events.push(e);
          for (const w of this.waiters.splice(0)) w();
        }
      } catch (e) {
        this.error = e;
        for (const w of this.waiters.splice(0)) w();
      }
    })();
  }

  async next(
    pred: (e: mastodon.streaming.Event) => boolean,
    timeoutMs = 4000,
  ): Promise<mastodon.streaming.Event> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = this.events.find(pred);
      if (hit) return hit;
      if (this.error) throw this.error instanceof Error ? this.error : new Error(String(this.error));
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(
          `no matching stream event within ${timeoutMs} ms (got ${this.events.map((e) => e.event).join(', ') || 'none'})`,
        );
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }
}

export async function waitUntil(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 5000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Waits until the server has registered `n` subscriptions (masto subscribes once iteration starts). */
export async function subscribed(fi: FakeInstance, n: number): Promise<void> {
  await waitUntil(
    async () => (await fi.admin.streams()).subscriptions.length >= n,
    6000,
    `${n} subscriptions`,
  );
}

export function payloadStatus(e: mastodon.streaming.Event): mastodon.v1.Status {
  return e.payload as mastodon.v1.Status;
}
