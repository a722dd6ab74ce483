import type { mastodon } from 'masto';
import { HttpError, notFound, raw } from '../http/reply';
import { parseScopes } from '../oauth/scopes';
import { issueToken } from '../oauth/tokens';
import { PUBLIC, type Router } from '../router';
import type { RequestContext } from '../request-context';
import type { World } from '../world';
import type { AdminHost } from './host';
import { accountByName } from './lookup';
import type { FailInput, FirehoseInput, RevokedToken, SlowInput } from './types';

const body = <T>(ctx: RequestContext): T => ctx.body as unknown as T;

/** Knobs: firehose, streaming faults, HTTP faults, request log, tokens, clock, state. */
export function registerControlRoutes(r: Router, host: AdminHost): void {
  const w = (): World => host.world();

  r.post('/__fake/firehose', PUBLIC, (ctx) => {
    const input = body<FirehoseInput>(ctx);
    if (!(input.perSecond > 0)) throw new HttpError(422, 'perSecond must be positive');
    host.firehose.start(input);
    return raw({ running: true });
  });
  r.delete('/__fake/firehose', PUBLIC, () => {
    host.firehose.stop();
    return raw({ running: false, posted: host.firehose.posted });
  });
  r.get('/__fake/firehose', PUBLIC, () =>
    raw({ running: host.firehose.running, posted: host.firehose.posted }),
  );

  r.get('/__fake/streams', PUBLIC, () => raw(host.hub.stats()));
  r.post('/__fake/streams/drop', PUBLIC, (ctx) =>
    raw({ dropped: host.hub.dropAll(!(body<{ graceful?: boolean }>(ctx).graceful ?? false)) }),
  );
  r.post('/__fake/streams/refuse', PUBLIC, (ctx) => {
    const ms = body<{ ms: number }>(ctx).ms;
    w().faults.refuseStreams(ms, w().clock.now());
    return raw({ refusedUntil: new Date(w().clock.now() + ms).toISOString() });
  });
  r.put('/__fake/streaming', PUBLIC, (ctx) => {
    const enabled = body<{ enabled: boolean }>(ctx).enabled;
    w().streamingEnabled = enabled;
    if (!enabled) host.hub.dropAll(false);
    return raw({ enabled });
  });

  r.post('/__fake/faults/fail', PUBLIC, (ctx) => {
    w().faults.failNext(body<FailInput>(ctx));
    return raw(w().faults.pending());
  });
  r.post('/__fake/faults/slow', PUBLIC, (ctx) => {
    w().faults.slowNext(body<SlowInput>(ctx));
    return raw(w().faults.pending());
  });
  r.get('/__fake/faults', PUBLIC, () => raw(w().faults.pending()));
  r.delete('/__fake/faults', PUBLIC, () => {
    w().faults.clear();
    return raw(w().faults.pending());
  });

  r.get('/__fake/received', PUBLIC, (ctx) => {
    const path = typeof ctx.query['path'] === 'string' ? ctx.query['path'] : undefined;
    const method = typeof ctx.query['method'] === 'string' ? ctx.query['method'] : undefined;
    return raw(host.log.list({ ...(path ? { path } : {}), ...(method ? { method } : {}) }));
  });
  r.delete('/__fake/received', PUBLIC, () => {
    host.log.clear();
    return raw({ ok: true });
  });
  r.get('/__fake/last-status-body', PUBLIC, () => {
    const posts = host.log
      .list({ path: '/api/v1/statuses', method: 'POST' })
      .filter((e) => e.path === '/api/v1/statuses');
    return raw({ body: posts[posts.length - 1]?.body ?? null });
  });

  r.get('/__fake/revoked-tokens', PUBLIC, () => {
    const world = w();
    const out: RevokedToken[] = [...world.store.tokens.values()]
      .filter((t) => t.revokedAt !== null)
      .map((t) => ({
        token: t.token,
        accountId: t.accountId,
        username: t.accountId ? (world.store.account(t.accountId)?.username ?? null) : null,
        appId: t.appId,
        revokedAt: new Date(t.revokedAt!).toISOString(),
      }));
    return raw(out);
  });
  r.post('/__fake/tokens', PUBLIC, (ctx) => {
    const b = body<{ username: string; scopes?: string[] | string }>(ctx);
    const world = w();
    const a = accountByName(world, b.username);
    if (a.domain !== null) throw new HttpError(422, 'Tokens are for local accounts');
    const scopes = Array.isArray(b.scopes) ? b.scopes : parseScopes(b.scopes ?? 'read write follow push');
    const t = issueToken(world, a.id, scopes, null);
    return raw({ accessToken: t.token, scope: t.scopes.join(' '), accountId: a.id });
  });

  r.delete('/__fake/lists/:id', PUBLIC, (ctx) => {
    if (!w().store.lists.delete(ctx.param('id'))) throw notFound();
    return raw({ ok: true });
  });
  r.post('/__fake/clock/advance', PUBLIC, (ctx) => {
    w().clock.advance(body<{ ms: number }>(ctx).ms);
    return raw({ now: new Date(w().clock.now()).toISOString() });
  });
  r.get('/__fake/state', PUBLIC, () => {
    const world = w();
    const visibility: Record<mastodon.v1.StatusVisibility, number> = {
      public: 0,
      unlisted: 0,
      private: 0,
      direct: 0,
    };
    for (const s of world.store.statuses.values()) visibility[s.visibility]++;
    return raw({
      title: world.title,
      domain: world.domain,
      legacy: world.legacy,
      streaming: world.streamingEnabled,
      seed: world.seed,
      accounts: world.store.accounts.size,
      statuses: world.store.statuses.size,
      visibility,
      notifications: world.store.notifications.length,
      now: new Date(world.clock.now()).toISOString(),
    });
  });
}
