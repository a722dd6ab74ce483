import { AdminClient } from './admin/client';
import { buildAdminRouter } from './admin/routes';
import { createWorld, reseed } from './fake-world';
import { Firehose } from './firehose';
import { LiveActivity } from './live-activity';
import { RequestLog } from './request-log';
import { HttpFront } from './server';
import { StreamHub } from './streaming/hub';
import type { World } from './world';

export { AdminClient, AdminError } from './admin/client';
export type * from './admin/types';
export type { ReceivedRequest } from './request-log';
export { DEMO_PASSWORD, LOCAL_ACCOUNTS, REMOTE_ACCOUNTS } from './generator/accounts';

export interface FakeInstanceOptions {
  /** 0 (default) picks an ephemeral port. */
  port?: number;
  /** Seed of the generated content (default 1). */
  seed?: number;
  title?: string;
  /** WebSocket streaming; `false` answers 404 like servers without it (default true). */
  streaming?: boolean;
  /** Behave as an older (4.2) server: no PKCE, no /.well-known/oauth-authorization-server, no API v2 notifications. */
  legacy?: boolean;
  /** Keep some activity going (posts, favourites, mentions every few seconds). */
  gentleLiveStream?: boolean;
  /** Only local accounts, no statuses. */
  empty?: boolean;
  /** Clock for everything time-based (default Date.now). */
  now?: () => number;
  /** How long uploads stay "processing" (default 300 ms; 0 answers 200 at once). */
  mediaProcessingMs?: number;
  /** Interval of the gentle live stream (default 4000 ms). */
  liveEveryMs?: number;
  /** Interface to bind (default 127.0.0.1). */
  host?: string;
}

export interface FakeInstance {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** `127.0.0.1:PORT`, as Mastodon's `uri`/`domain`. */
  domain: string;
  admin: AdminClient;
  close(): Promise<void>;
}

/** Starts a fake Mastodon 4.5 instance on loopback. Several can run at once. */
export async function startFakeInstance(opts: FakeInstanceOptions = {}): Promise<FakeInstance> {
  const host = opts.host ?? '127.0.0.1';
  const seed = opts.seed ?? 1;
  const hub = new StreamHub();
  const log = new RequestLog();
  // The origin is only known once the port is bound; it is filled in below.
  const world = createWorld(
    {
      origin: 'http://127.0.0.1',
      title: opts.title ?? 'Fake Mastodon',
      legacy: opts.legacy ?? false,
      streaming: opts.streaming ?? true,
      seed,
      mediaProcessingMs: opts.mediaProcessingMs ?? 300,
      ...(opts.now ? { now: opts.now } : {}),
    },
    hub,
  );
  const current = (): World => world;
  const firehose = new Firehose(current);
  const live = new LiveActivity(current);
  const anchor = world.clock.now();
  const admin = buildAdminRouter({
    world: current,
    reset: (mode, nextSeed) => {
      firehose.stop();
      hub.dropAll(false);
      log.clear();
      world.faults.clear();
      reseed(world, mode, nextSeed ?? seed, anchor);
    },
    firehose,
    hub,
    log,
  });
  const front = new HttpFront(current, admin, hub, log);
  const port = await front.listen(opts.port ?? 0, host);
  world.origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  world.domain = new URL(world.origin).host;
  reseed(world, opts.empty ? 'accounts' : 'demo', seed, anchor);
  if (opts.gentleLiveStream) live.start(opts.liveEveryMs);

  return {
    url: world.origin,
    domain: world.domain,
    admin: new AdminClient(world.origin),
    close: async () => {
      firehose.stop();
      live.stop();
      await front.close();
    },
  };
}
