import type { WebSocket } from 'ws';
import { scopeAllows } from '../oauth/scopes';
import type { PayloadFor, StreamSink } from '../world';

/** One subscription on a multiplexed socket: Mastodon stream name, its params, the channels it reads. */
export interface Subscription {
  stream: string;
  tag?: string;
  list?: string;
  channels: string[];
}

export interface Connection {
  ws: WebSocket;
  accountId: string;
  tokenId: string;
  scopes: string[];
  subscriptions: Map<string, Subscription>;
}

export function subscriptionKey(stream: string, tag?: string, list?: string): string {
  return JSON.stringify([stream, tag?.toLowerCase() ?? null, list ?? null]);
}

/** Routes published channel messages to every subscribed socket, as `{stream, event, payload}` frames. */
export class StreamHub implements StreamSink {
  readonly connections = new Set<Connection>();
  /** Every frame sent, counted (benchmarks and tests read it). */
  sent = 0;

  publish(channel: string, event: string, payload: PayloadFor | string | null): void {
    const cache = new Map<string, string | null>();
    for (const conn of this.connections) {
      if (conn.ws.readyState !== conn.ws.OPEN) continue;
      for (const sub of conn.subscriptions.values()) {
        if (!sub.channels.includes(channel)) continue;
        // The user stream carries notifications only for tokens that may read them.
        if (event === 'notification' && !scopeAllows(conn.scopes, 'read:notifications')) continue;
        let encoded: string | null;
        if (typeof payload === 'function') {
          if (!cache.has(conn.accountId)) cache.set(conn.accountId, payload(conn.accountId));
          encoded = cache.get(conn.accountId) ?? null;
          if (encoded === null) continue;
        } else encoded = payload;
        const frame: { stream: string[]; event: string; payload?: string } = {
          stream: streamName(sub),
          event,
        };
        if (encoded !== null) frame.payload = encoded;
        conn.ws.send(JSON.stringify(frame));
        this.sent++;
      }
    }
  }

  /** Closes every socket; `abrupt` drops TCP without a close frame (what a network failure looks like). */
  dropAll(abrupt = true): number {
    const n = this.connections.size;
    for (const conn of this.connections) {
      if (abrupt) conn.ws.terminate();
      else conn.ws.close(1001, 'Going away');
    }
    this.connections.clear();
    return n;
  }

  dropToken(tokenId: string): void {
    for (const conn of this.connections) {
      if (conn.tokenId !== tokenId) continue;
      conn.ws.close(1000, 'Token revoked');
      this.connections.delete(conn);
    }
  }

  stats(): {
    connections: number;
    subscriptions: { stream: string; tag?: string; list?: string; accountId: string }[];
    sent: number;
  } {
    const subscriptions: { stream: string; tag?: string; list?: string; accountId: string }[] = [];
    for (const c of this.connections) {
      for (const s of c.subscriptions.values()) {
        subscriptions.push({
          stream: s.stream,
          accountId: c.accountId,
          ...(s.tag ? { tag: s.tag } : {}),
          ...(s.list ? { list: s.list } : {}),
        });
      }
    }
    return { connections: this.connections.size, subscriptions, sent: this.sent };
  }
}

/** `stream` of each frame: the name, plus the tag or list id as the client sent it. */
export function streamName(sub: Subscription): string[] {
  if (sub.list) return [sub.stream, sub.list];
  if (sub.tag) return [sub.stream, sub.tag];
  return [sub.stream];
}
