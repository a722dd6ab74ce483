import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { faultMessage } from '../faults';
import { scopeAllows } from '../oauth/scopes';
import type { World } from '../world';
import { subscriptionKey, type Connection, type StreamHub, type Subscription } from './hub';

/**
 * Mastodon's multiplexed WebSocket at /api/v1/streaming: token from Authorization, access_token or
 * Sec-WebSocket-Protocol; `{type: subscribe|unsubscribe, stream, tag?, list?}` messages; error frames
 * `{error, status}` for bad subscriptions.
 * @see https://docs.joinmastodon.org/methods/streaming/
 */

const PUBLIC_STREAMS = new Set([
  'public',
  'public:media',
  'public:local',
  'public:local:media',
  'public:remote',
  'public:remote:media',
]);
const ALL_STREAMS = new Set([
  ...PUBLIC_STREAMS,
  'hashtag',
  'hashtag:local',
  'user',
  'user:notification',
  'list',
  'direct',
]);

class StreamError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

function channelsFor(
  w: World,
  conn: Connection,
  stream: string,
  tag: string | undefined,
  list: string | undefined,
): string[] {
  const me = conn.accountId;
  if (!ALL_STREAMS.has(stream)) throw new StreamError('Unknown stream type', 400);
  if (PUBLIC_STREAMS.has(stream)) return [`timeline:${stream}`];
  if (stream === 'hashtag' || stream === 'hashtag:local') {
    if (!tag) throw new StreamError('Missing tag name parameter', 400);
    const name = tag.replace(/^#/, '').toLowerCase();
    return [stream === 'hashtag' ? `timeline:hashtag:${name}` : `timeline:hashtag:${name}:local`];
  }
  const needed = stream === 'user:notification' ? 'read:notifications' : 'read:statuses';
  if (!scopeAllows(conn.scopes, needed))
    throw new StreamError('Access token does not have the required scopes', 401);
  switch (stream) {
    case 'user':
      return [`timeline:${me}`, `timeline:${me}:notifications`];
    case 'user:notification':
      return [`timeline:${me}:notifications`];
    case 'direct':
      return [`timeline:direct:${me}`];
    default: {
      if (!list) throw new StreamError('Missing list name parameter', 400);
      const l = w.store.lists.get(list);
      if (!l || l.ownerId !== me) throw new StreamError('Not authorized to stream this list', 401);
      return [`timeline:list:${list}`];
    }
  }
}

function subscribe(w: World, conn: Connection, stream: string, tag?: string, list?: string): void {
  const key = subscriptionKey(stream, tag, list);
  if (conn.subscriptions.has(key)) return;
  const channels = channelsFor(w, conn, stream, tag, list);
  const sub: Subscription = { stream, channels };
  if (tag) sub.tag = tag;
  if (list) sub.list = list;
  conn.subscriptions.set(key, sub);
}

function sendError(ws: WebSocket, e: unknown): void {
  const err = e instanceof StreamError ? e : new StreamError('An unexpected error occurred', 500);
  ws.send(JSON.stringify({ error: err.message, status: err.status }));
}

function tokenOf(req: IncomingMessage, url: URL): string | undefined {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  const q = url.searchParams.get('access_token');
  if (q) return q;
  const proto = req.headers['sec-websocket-protocol'];
  return proto?.split(',')[0]?.trim() || undefined;
}

function refuse(socket: Duplex, status: number, message: string): void {
  const body = JSON.stringify({ error: message });
  socket.end(
    `HTTP/1.1 ${status} ${message}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

export class StreamingServer {
  private readonly wss = new WebSocketServer({
    noServer: true,
    // The token travels as the subprotocol; echo it back or browsers and `ws` refuse the socket.
    handleProtocols: (protocols) => protocols.values().next().value ?? false,
  });
  private heartbeat: NodeJS.Timeout | undefined;

  constructor(
    private readonly world: () => World,
    readonly hub: StreamHub,
    heartbeatMs = 30_000,
  ) {
    if (heartbeatMs > 0) {
      this.heartbeat = setInterval(() => {
        for (const c of this.hub.connections) if (c.ws.readyState === c.ws.OPEN) c.ws.ping();
      }, heartbeatMs);
      this.heartbeat.unref();
    }
  }

  /** Handles an HTTP upgrade; returns false when the path is not the streaming endpoint. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    const w = this.world();
    const url = new URL(req.url ?? '/', w.origin);
    if (!url.pathname.startsWith('/api/v1/streaming')) return false;
    if (!w.streamingEnabled) {
      refuse(socket, 404, 'Not Found');
      return true;
    }
    if (w.faults.streamsRefused(w.clock.now())) {
      refuse(socket, 503, 'Service Unavailable');
      return true;
    }
    const fault = w.faults.takeFailure('GET', url.pathname);
    if (fault) {
      refuse(socket, fault.status, faultMessage(fault.status));
      return true;
    }
    const raw = tokenOf(req, url);
    const token = raw ? w.store.tokens.get(raw) : undefined;
    if (!token || token.revokedAt !== null || !token.accountId) {
      refuse(socket, 401, 'Unauthorized');
      return true;
    }
    const account = token.accountId;
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      const conn: Connection = {
        ws,
        accountId: account,
        tokenId: token.id,
        scopes: token.scopes,
        subscriptions: new Map(),
      };
      this.hub.connections.add(conn);
      ws.on('close', () => this.hub.connections.delete(conn));
      ws.on('error', () => this.hub.connections.delete(conn));
      ws.on('message', (data, isBinary) => this.onMessage(conn, data.toString(), isBinary));
      // Legacy single-stream form: /api/v1/streaming?stream=public&tag=…
      const initial = url.searchParams.get('stream');
      if (initial) {
        try {
          subscribe(
            w,
            conn,
            initial,
            url.searchParams.get('tag') ?? undefined,
            url.searchParams.get('list') ?? undefined,
          );
        } catch (e) {
          sendError(ws, e);
        }
      }
    });
    return true;
  }

  private onMessage(conn: Connection, text: string, isBinary: boolean): void {
    if (isBinary) {
      conn.ws.close(1003, 'Binary frames are not supported');
      return;
    }
    let msg: unknown;
    try {
      msg = JSON.parse(text);
    } catch {
      return; // Mastodon ignores frames it cannot parse.
    }
    if (!msg || typeof msg !== 'object') return;
    const { type, stream, tag, list } = msg as Record<string, unknown>;
    const s = typeof stream === 'string' ? stream : '';
    const t = typeof tag === 'string' ? tag : undefined;
    const l = typeof list === 'string' || typeof list === 'number' ? String(list) : undefined;
    try {
      if (type === 'subscribe') subscribe(this.world(), conn, s, t, l);
      else if (type === 'unsubscribe') conn.subscriptions.delete(subscriptionKey(s, t, l));
    } catch (e) {
      sendError(conn.ws, e);
    }
  }

  close(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.hub.dropAll(false);
    this.wss.close();
  }
}
