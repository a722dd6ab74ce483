import type { mastodon } from 'masto';
import { fromWire } from '../http/wire-case';
import type { ReceivedRequest } from '../request-log';
import type {
  DemoAccount,
  FailInput,
  FirehoseInput,
  InjectNotificationInput,
  InjectStatusInput,
  InteractionInput,
  RevokedToken,
  SetProfileInput,
  SlowInput,
  StreamStats,
} from './types';

/** Thrown when the admin API refuses a request (unknown account, bad input…). */
export class AdminError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Typed client of a fake instance's admin API. Works from any process: `new AdminClient(url)`.
 * Entities come back camelCased like masto returns them; logs and bodies come back as received.
 */
export class AdminClient {
  constructor(readonly url: string) {}

  private async call<T>(method: string, path: string, body?: unknown, entity = false): Promise<T> {
    const res = await fetch(`${this.url}/__fake${path}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    const data: unknown = text ? JSON.parse(text) : null;
    if (!res.ok) {
      const message =
        data && typeof data === 'object' && 'error' in data
          ? String((data as { error: unknown }).error)
          : res.statusText;
      throw new AdminError(res.status, message);
    }
    return (entity ? fromWire(data) : data) as T;
  }

  /** Back to the seeded demo (or, with `empty`, just the local accounts); tokens and streams are dropped. */
  async reset(o: { seed?: number; empty?: boolean } = {}): Promise<DemoAccount[]> {
    return (await this.call<{ accounts: DemoAccount[] }>('POST', '/reset', o)).accounts;
  }

  async seed(seed?: number): Promise<{ accounts: DemoAccount[]; statuses: number }> {
    return this.call('POST', '/seed', seed === undefined ? {} : { seed });
  }

  accounts(): Promise<DemoAccount[]> {
    return this.call('GET', '/accounts');
  }

  async accountId(username: string): Promise<string> {
    const a = (await this.accounts()).find((x) => x.acct === username || x.username === username);
    if (!a) throw new AdminError(404, `No account ${username}`);
    return a.id;
  }

  /** Replaces an account's display name, bio HTML or fields verbatim (hostile-content and profile tests). */
  async setProfile(name: string, input: SetProfileInput): Promise<void> {
    await this.call('PUT', `/accounts/${encodeURIComponent(name)}/profile`, input);
  }

  /** Posts as anyone; streams and notifies like a real post unless `silent`. */
  injectStatus(input: InjectStatusInput): Promise<mastodon.v1.Status> {
    return this.call('POST', '/statuses', input, true);
  }

  /** Edits as the author would; streams `status.update` unless `silent`. */
  editStatus(
    id: string,
    text: string,
    more: { spoilerText?: string; html?: string; silent?: boolean } = {},
  ): Promise<mastodon.v1.Status> {
    return this.call('PUT', `/statuses/${encodeURIComponent(id)}`, { text, ...more }, true);
  }

  async deleteStatus(id: string): Promise<void> {
    await this.call('DELETE', `/statuses/${encodeURIComponent(id)}`);
  }

  injectNotification(input: InjectNotificationInput): Promise<mastodon.v1.Notification> {
    return this.call('POST', '/notifications', input, true);
  }

  /** Real actions by any account (favourite, boost, follow…), with their notifications and events. */
  async interact(input: InteractionInput): Promise<void> {
    await this.call('POST', '/interactions', input);
  }

  async emitEvent(forUser: string, event: 'filters_changed' | 'notifications_merged'): Promise<void> {
    await this.call('POST', '/events', { for: forUser, event });
  }

  async startFirehose(input: FirehoseInput): Promise<void> {
    await this.call('POST', '/firehose', input);
  }

  /** Stops the firehose; returns how many posts it made. */
  async stopFirehose(): Promise<number> {
    return (await this.call<{ posted: number }>('DELETE', '/firehose')).posted;
  }

  firehoseStatus(): Promise<{ running: boolean; posted: number }> {
    return this.call('GET', '/firehose');
  }

  streams(): Promise<StreamStats> {
    return this.call('GET', '/streams');
  }

  /** Drops every streaming connection (abruptly by default, as a network failure would). */
  async dropStreams(o: { graceful?: boolean } = {}): Promise<number> {
    return (await this.call<{ dropped: number }>('POST', '/streams/drop', o)).dropped;
  }

  /** Refuses streaming upgrades (503) for `ms` milliseconds. */
  async refuseStreams(ms: number): Promise<void> {
    await this.call('POST', '/streams/refuse', { ms });
  }

  async setStreaming(enabled: boolean): Promise<void> {
    await this.call('PUT', '/streaming', { enabled });
  }

  /** The next `count` matching requests fail (429 carries X-RateLimit-* headers). */
  async failNext(input: FailInput): Promise<void> {
    await this.call('POST', '/faults/fail', input);
  }

  async slowNext(input: SlowInput): Promise<void> {
    await this.call('POST', '/faults/slow', input);
  }

  async clearFaults(): Promise<void> {
    await this.call('DELETE', '/faults');
  }

  received(filter: { path?: string; method?: string } = {}): Promise<ReceivedRequest[]> {
    const q = new URLSearchParams(filter).toString();
    return this.call('GET', `/received${q ? `?${q}` : ''}`);
  }

  async clearReceived(): Promise<void> {
    await this.call('DELETE', '/received');
  }

  /** Body of the last POST /api/v1/statuses, as the server parsed it (snake_case keys). */
  async lastStatusBody(): Promise<Record<string, unknown> | null> {
    return (await this.call<{ body: Record<string, unknown> | null }>('GET', '/last-status-body')).body;
  }

  revokedTokens(): Promise<RevokedToken[]> {
    return this.call('GET', '/revoked-tokens');
  }

  /** Mints a user token directly (default scopes `read write follow push`), skipping the OAuth dance. */
  async tokenFor(username: string, scopes?: string[] | string): Promise<string> {
    return (
      await this.call<{ accessToken: string }>('POST', '/tokens', { username, ...(scopes ? { scopes } : {}) })
    ).accessToken;
  }

  async deleteList(id: string): Promise<void> {
    await this.call('DELETE', `/lists/${encodeURIComponent(id)}`);
  }

  /** Moves the instance clock (poll expiry, scheduled posts, idempotency windows). */
  async advanceClock(ms: number): Promise<void> {
    await this.call('POST', '/clock/advance', { ms });
  }

  state(): Promise<Record<string, unknown>> {
    return this.call('GET', '/state');
  }
}
