import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { buildApiRouter } from './api-routes';
import { faultMessage } from './faults';
import { parseBody, readRawBody } from './http/body';
import { answerPreflight, corsApplies, setCors } from './http/cors';
import { paramsFromSearch, type Params } from './http/params';
import { RateLimitCounter } from './http/rate-limit';
import { HttpError, type Reply } from './http/reply';
import { toWire } from './http/wire-case';
import { scopeAllows } from './oauth/scopes';
import type { RequestLog } from './request-log';
import { RequestContext } from './request-context';
import type { Access, Router } from './router';
import { publishDueScheduled } from './services/scheduled';
import type { StreamHub } from './streaming/hub';
import { StreamingServer } from './streaming/socket-server';
import type { World } from './world';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Parts of a request the log keeps; uploads are summarised instead of copied. */
function loggable(value: unknown): unknown {
  if (Buffer.isBuffer(value)) return { bytes: value.length };
  if (Array.isArray(value)) return value.map(loggable);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (Buffer.isBuffer(o['data']))
      return { filename: o['name'], type: o['type'], size: (o['data'] as Buffer).length };
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, loggable(v)]));
  }
  return value;
}

/**
 * The HTTP side of a fake instance: CORS, fault injection, auth and scopes, routing, Mastodon-shaped
 * errors, rate-limit headers, request log; WebSocket upgrades go to the streaming server.
 */
export class HttpFront {
  readonly server: Server;
  readonly streaming: StreamingServer;
  private readonly api: Router;
  private readonly rateLimits = new RateLimitCounter();
  private scheduler: NodeJS.Timeout;

  constructor(
    private readonly world: () => World,
    private readonly admin: Router,
    readonly hub: StreamHub,
    readonly log: RequestLog,
    opts: { heartbeatMs?: number } = {},
  ) {
    this.api = buildApiRouter(world);
    this.streaming = new StreamingServer(world, this.hub, opts.heartbeatMs);
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e: unknown) => {
        console.error('[fake-instance] unhandled', e);
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ error: faultMessage(500) }));
      });
    });
    this.server.on('upgrade', (req, socket, head) => {
      if (!this.streaming.handleUpgrade(req, socket, head)) socket.destroy();
    });
    this.scheduler = setInterval(() => publishDueScheduled(this.world()), 1000);
    this.scheduler.unref();
  }

  async listen(port: number, host: string): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => resolve());
    });
    return (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    clearInterval(this.scheduler);
    this.streaming.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const w = this.world();
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', w.origin);
    const path = url.pathname;
    const isAdmin = path.startsWith('/__fake/');
    const cors = corsApplies(path) || isAdmin;
    if (method === 'OPTIONS' && cors) return answerPreflight(req, res);
    if (cors) setCors(res);
    res.setHeader('X-Request-Id', randomUUID());

    let body: Params = {};
    let status = 0;
    const finish = (reply: Reply, extraHeaders: Record<string, string> = {}): void => {
      status = reply.kind === 'redirect' ? 302 : reply.status;
      this.write(res, reply, extraHeaders);
    };

    if (!isAdmin && !path.startsWith('/system/')) {
      const delay = w.faults.takeDelay(method, path);
      if (delay > 0) await sleep(delay);
    }
    try {
      if (method !== 'GET' && method !== 'HEAD')
        body = await parseBody(req.headers['content-type'], await readRawBody(req));
    } catch {
      finish({ kind: 'json', status: 400, body: { error: 'Malformed request body' } });
      return;
    }
    const ctx = new RequestContext(w, method, url, req.headers, paramsFromSearch(url.searchParams), body);

    const fault = isAdmin || path.startsWith('/system/') ? undefined : w.faults.takeFailure(method, path);
    if (fault) {
      const headers =
        fault.status === 429 ? this.rateLimits.headers(this.caller(ctx), w.clock.now(), true) : {};
      if (fault.body === 'html') {
        finish(
          {
            kind: 'html',
            status: fault.status,
            html: `<html><body><h1>${fault.status} ${faultMessage(fault.status)}</h1></body></html>`,
          },
          headers,
        );
      } else
        finish({ kind: 'json', status: fault.status, body: { error: faultMessage(fault.status) } }, headers);
    } else {
      if (!isAdmin) publishDueScheduled(w);
      const reply = await this.dispatch(ctx, isAdmin ? this.admin : this.api);
      const limits = path.startsWith('/api/') ? this.rateLimits.headers(this.caller(ctx), w.clock.now()) : {};
      finish(reply, limits);
    }

    if (!isAdmin && !path.startsWith('/system/')) {
      this.log.add({
        time: new Date(w.clock.now()).toISOString(),
        method,
        url: `${path}${url.search}`,
        path,
        query: ctx.query,
        body: loggable(body),
        headers: {
          ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
          ...(ctx.header('idempotency-key') ? { idempotencyKey: ctx.header('idempotency-key')! } : {}),
          ...(req.headers['content-type'] ? { contentType: req.headers['content-type'] } : {}),
          ...(req.headers['user-agent'] ? { userAgent: req.headers['user-agent'] } : {}),
          ...(req.headers.origin ? { origin: req.headers.origin } : {}),
        },
        status,
      });
    }
  }

  private caller(ctx: RequestContext): string {
    return ctx.header('authorization') ?? 'anonymous';
  }

  private async dispatch(ctx: RequestContext, router: Router): Promise<Reply> {
    const match = router.match(ctx.method, ctx.path);
    const apiLike = ctx.path.startsWith('/api/') || ctx.path.startsWith('/__fake/');
    if (!match || match === 'method') {
      return apiLike
        ? { kind: 'json', status: 404, body: { error: 'Record not found' } }
        : { kind: 'html', status: 404, html: "<h1>The page you are looking for isn't here.</h1>" };
    }
    ctx.params = match.params;
    try {
      this.authenticate(ctx, match.access);
      return await match.handler(ctx);
    } catch (e) {
      if (e instanceof HttpError)
        return { kind: 'json', status: e.status, body: { error: e.message, ...e.extra }, raw: true };
      console.error('[fake-instance] handler failed', ctx.method, ctx.path, e);
      return { kind: 'json', status: 500, body: { error: faultMessage(500) } };
    }
  }

  /** Doorkeeper's checks: a valid token, a user behind it when needed, and the scope. */
  private authenticate(ctx: RequestContext, access: Access): void {
    if (access.auth === 'none') return;
    const header = ctx.header('authorization');
    const raw = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    if (raw) {
      const token = ctx.world.store.tokens.get(raw);
      if (!token) throw new HttpError(401, 'The access token is invalid');
      if (token.revokedAt !== null) throw new HttpError(401, 'The access token was revoked');
      ctx.token = token;
      ctx.viewer = token.accountId ? (ctx.world.store.account(token.accountId) ?? null) : null;
      ctx.app = token.appId ? (ctx.world.store.apps.get(token.appId) ?? null) : null;
    }
    if (access.auth === 'app') {
      if (!ctx.token) throw new HttpError(401, 'The access token is invalid');
      return;
    }
    if (access.auth === 'user') {
      if (!ctx.token) throw new HttpError(401, 'The access token is invalid');
      if (!ctx.viewer) throw new HttpError(422, 'This method requires an authenticated user');
    }
    const scope = access.scope;
    if (scope && ctx.token && !scope.split('|').some((s) => scopeAllows(ctx.token!.scopes, s))) {
      throw new HttpError(403, 'This action is outside the authorized scopes');
    }
  }

  private write(res: ServerResponse, reply: Reply, extra: Record<string, string>): void {
    for (const [k, v] of Object.entries(extra)) res.setHeader(k, v);
    switch (reply.kind) {
      case 'redirect':
        res.writeHead(302, { Location: reply.location });
        res.end();
        return;
      case 'json': {
        const text = JSON.stringify(reply.raw ? reply.body : toWire(reply.body));
        res.writeHead(reply.status, { ...reply.headers, 'Content-Type': 'application/json; charset=utf-8' });
        res.end(text);
        return;
      }
      case 'html':
        res.writeHead(reply.status, { ...reply.headers, 'Content-Type': 'text/html; charset=utf-8' });
        res.end(reply.html);
        return;
      case 'text':
        res.writeHead(reply.status, { ...reply.headers, 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(reply.text);
        return;
      case 'bytes':
        res.writeHead(reply.status, {
          ...reply.headers,
          'Content-Type': reply.contentType,
          'Content-Length': String(reply.data.length),
        });
        res.end(reply.data);
        return;
    }
  }
}
