import { MastoWebSocketError, type mastodon } from 'masto';
import { backoffDelay, pollingBackoff, streamBackoff } from './backoff';
import type { ConnectivityEvents, WatchConnectivity } from './connectivity';
import type { MastoFailure } from './masto-errors';
import type { SocketHooks } from './observed-websocket';

/** Mastodon stream names (docs.joinmastodon.org/methods/streaming/#streams). */
export type StreamName =
  | 'user'
  | 'user:notification'
  | 'public'
  | 'public:media'
  | 'public:local'
  | 'public:local:media'
  | 'public:remote'
  | 'public:remote:media'
  | 'hashtag'
  | 'hashtag:local'
  | 'list'
  | 'direct';

export interface StreamSpec {
  stream: StreamName;
  tag?: string;
  list?: string;
}

export const streamKey = (spec: StreamSpec): string =>
  JSON.stringify([spec.stream, spec.tag?.toLowerCase() ?? null, spec.list ?? null]);

export type StreamEvent = mastodon.streaming.Event;

export type StreamPhase =
  | 'idle'
  | 'connecting'
  | 'live'
  | 'reconnecting'
  /** No usable streaming on this server: columns are refreshed on a timer instead. */
  | 'polling'
  | 'offline'
  | 'rate_limited'
  | 'auth_expired';

export interface StreamState {
  phase: StreamPhase;
  /** When the next connection attempt (or the rate limit's end) is due, epoch ms. */
  retryAt?: number;
  /** The server refused this subscription (e.g. "Not authorized to stream this list"); other columns live on. */
  failure?: string;
}

/**
 * - `connect`: the socket opened for the first time: fetch what arrived between the REST load and now.
 * - `reconnect`: the socket came back after a drop, an offline spell or a suspend.
 * - `resubscribe`: an error frame made masto drop this subscription for a moment.
 * - `poll`: streaming is unavailable; this is the periodic refresh.
 */
export type ResyncReason = 'connect' | 'reconnect' | 'resubscribe' | 'poll';

export interface StreamListener {
  event(event: StreamEvent): void;
  resync(reason: ResyncReason): void;
  state(state: StreamState): void;
}

export interface StreamSubscription extends AsyncIterable<StreamEvent> {
  unsubscribe(): void;
}

/** One multiplexed socket (a masto streaming client, adapted in account-session.ts). */
export interface StreamConnection {
  subscribe(spec: StreamSpec): StreamSubscription;
  close(): void;
}

export interface StreamHubTiming {
  /** How long a re-added subscription must stay quiet to be cleared of an error frame. */
  probeWindowMs: number;
  /** How long an unused subscription (and then the socket) lingers, so remounts do not churn. */
  lingerMs: number;
  pollMs: number;
  /** Consecutive failed connects before asking REST whether the token or the rate limit is the cause. */
  diagnoseAfterFailures: number;
  /** Consecutive failed connects (with REST fine) before falling back to polling. */
  pollAfterFailures: number;
  /** More error frames than this within a minute: treat the socket as broken. */
  errorFramesPerMinute: number;
}

const defaultTiming: StreamHubTiming = {
  probeWindowMs: 2_000,
  lingerMs: 3_000,
  pollMs: 45_000,
  diagnoseAfterFailures: 2,
  pollAfterFailures: 4,
  errorFramesPerMinute: 6,
};

export interface StreamHubDeps {
  connect(hooks: SocketHooks): Promise<StreamConnection>;
  /** A REST call with the same token: undefined when it works, else why it failed. */
  diagnose(): Promise<MastoFailure | undefined>;
  /** Whether the server has a streaming API at all (GET /api/v1/streaming/health). */
  probeStreaming(): Promise<boolean>;
  onAuthExpired(): void;
  watchConnectivity: WatchConnectivity;
  isOnline(): boolean;
  timing?: Partial<StreamHubTiming>;
  random?: () => number;
  now?: () => number;
}

interface Entry {
  key: string;
  spec: StreamSpec;
  listeners: Set<StreamListener>;
  subscription: StreamSubscription | undefined;
  failure: string | undefined;
  /** Held back while an error frame is being attributed. */
  held: boolean;
  linger: ReturnType<typeof setTimeout> | undefined;
}

interface Probe {
  queue: Entry[];
  current: Entry | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/** An error message that names a kind of stream narrows who caused it. */
function hintMatches(message: string, spec: StreamSpec): boolean {
  const text = message.toLowerCase();
  if (text.includes('list')) return spec.stream === 'list';
  if (text.includes('tag')) return spec.stream.startsWith('hashtag');
  return true;
}

const safely = (call: () => void) => {
  try {
    call();
  } catch (error) {
    console.error('[stream-hub] listener failed', error);
  }
};

/**
 * One WebSocket per account, shared by every column that needs a stream of it.
 *
 * - Subscriptions are ref-counted by stream (+ tag or list) and fanned out to listeners.
 * - Each connection is a fresh masto client with one attempt; on close the hub waits a capped, jittered
 *   backoff and connects again, then asks every listener to resync (backfill what it missed).
 * - An error frame makes masto throw in every subscription on the socket; the hub blames one subscription
 *   (by the message, or by re-adding suspects one at a time) and re-subscribes the others.
 * - Repeated failures are diagnosed over REST: 401 stops everything (the account needs to sign in again),
 *   429 waits for the reset, and a server without streaming falls back to polling.
 */
export class StreamHub {
  private readonly deps: StreamHubDeps;
  private readonly timing: StreamHubTiming;
  private readonly now: () => number;
  private readonly entries = new Map<string, Entry>();
  private connection: StreamConnection | undefined;
  private generation = 0;
  private phase: StreamPhase = 'idle';
  private retryAt: number | undefined;
  private failures = 0;
  private socketOpen = false;
  /** A connection is being set up (token, streaming URL, client). */
  private connecting = false;
  private everOpened = false;
  private polling = false;
  private reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  private pollTimer: ReturnType<typeof setTimeout> | undefined;
  private sleepTimer: ReturnType<typeof setTimeout> | undefined;
  private probe: Probe | undefined;
  private lastErrorFrameAt = Number.NEGATIVE_INFINITY;
  private errorFrameTimes: number[] = [];
  private unwatch: (() => void) | undefined;

  constructor(deps: StreamHubDeps) {
    this.deps = deps;
    this.timing = { ...defaultTiming, ...deps.timing };
    this.now = deps.now ?? Date.now;
  }

  /** Starts receiving `spec` for `listener`; returns the function that stops it. */
  subscribe(spec: StreamSpec, listener: StreamListener): () => void {
    const key = streamKey(spec);
    let entry = this.entries.get(key);
    const created = !entry;
    if (!entry) {
      entry = {
        key,
        spec,
        listeners: new Set(),
        subscription: undefined,
        failure: undefined,
        held: false,
        linger: undefined,
      };
      this.entries.set(key, entry);
    }
    clearTimeout(entry.linger);
    entry.listeners.add(listener);
    listener.state(this.stateOf(entry));
    this.wake();
    if (created && this.probe) {
      // An error frame is being attributed: take this one's turn in line, so it cannot be blamed by mistake.
      entry.held = true;
      this.probe.queue.push(entry);
    } else if (created && this.connection) {
      this.attach(entry);
      if (this.socketOpen) safely(() => listener.resync('connect'));
    } else if (!created && this.socketOpen) {
      safely(() => listener.resync('connect'));
    }
    const current = entry;
    return () => this.leave(current, listener);
  }

  /** Clears a subscription's failure and tries it again (the column's "retry"). */
  retry(spec: StreamSpec): void {
    const entry = this.entries.get(streamKey(spec));
    if (!entry?.failure) return;
    entry.failure = undefined;
    this.broadcast(entry);
    if (this.connection) {
      this.attach(entry);
      this.resyncEntry(entry, 'resubscribe');
    }
  }

  /** The account signed in again after a 401: start over. */
  revive(): void {
    if (this.phase !== 'auth_expired') return;
    this.phase = 'idle';
    this.failures = 0;
    this.retryAt = undefined;
    if (this.entries.size > 0) this.wake();
  }

  /** Stops for good after a 401 (idempotent). */
  stopForAuth(): void {
    if (this.phase === 'auth_expired') return;
    this.teardown();
    this.setPhase('auth_expired');
    this.deps.onAuthExpired();
  }

  /** Closes the socket and forgets every subscription (account signed out). */
  dispose(): void {
    this.teardown();
    for (const entry of this.entries.values()) clearTimeout(entry.linger);
    this.entries.clear();
    this.phase = 'idle';
  }

  /** For tests and diagnostics. */
  snapshot(): { phase: StreamPhase; retryAt: number | undefined; streams: string[]; failed: string[] } {
    const all = [...this.entries.values()];
    return {
      phase: this.phase,
      retryAt: this.retryAt,
      streams: all.filter((e) => e.subscription).map((e) => e.key),
      failed: all.filter((e) => e.failure).map((e) => e.key),
    };
  }

  // ── lifecycle ────────────────────────────────────────────────────────────────────────────────────────

  private wake(): void {
    clearTimeout(this.sleepTimer);
    this.sleepTimer = undefined;
    if (this.phase === 'auth_expired') return;
    this.unwatch ??= this.deps.watchConnectivity(this.connectivityEvents);
    if (this.connection || this.connecting || this.reconnectTimer || this.phase === 'rate_limited') return;
    if (!this.deps.isOnline()) {
      this.setPhase('offline');
      return;
    }
    void this.connectNow();
  }

  private leave(entry: Entry, listener: StreamListener): void {
    entry.listeners.delete(listener);
    if (entry.listeners.size > 0) return;
    clearTimeout(entry.linger);
    entry.linger = setTimeout(() => {
      if (entry.listeners.size > 0 || this.entries.get(entry.key) !== entry) return;
      this.detach(entry);
      this.entries.delete(entry.key);
      if (this.probe) this.probe.queue = this.probe.queue.filter((e) => e !== entry);
      if (this.entries.size === 0) this.sleepTimer = setTimeout(() => this.sleep(), this.timing.lingerMs);
    }, this.timing.lingerMs);
  }

  /** Nobody needs a stream any more: close the socket until someone does. */
  private sleep(): void {
    if (this.entries.size > 0) return;
    this.teardown();
    if (this.phase !== 'auth_expired') this.phase = 'idle';
  }

  private teardown(): void {
    this.generation++;
    this.closeConnection();
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
    this.stopPolling();
    this.cancelProbe();
    this.unwatch?.();
    this.unwatch = undefined;
  }

  private closeConnection(): void {
    const connection = this.connection;
    this.connection = undefined;
    this.connecting = false;
    this.socketOpen = false;
    for (const entry of this.entries.values()) entry.subscription = undefined;
    try {
      connection?.close();
    } catch {
      // Already closed.
    }
  }

  private async connectNow(): Promise<void> {
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
    if (this.entries.size === 0 || this.phase === 'auth_expired') return;
    this.closeConnection();
    const generation = ++this.generation;
    if (!this.polling) this.setPhase(this.everOpened || this.failures > 0 ? 'reconnecting' : 'connecting');
    let connection: StreamConnection;
    this.connecting = true;
    try {
      connection = await this.deps.connect(this.hooksFor(generation));
    } catch (error) {
      if (generation !== this.generation) return;
      this.connecting = false;
      console.warn('[stream-hub] could not start a streaming connection', error);
      this.connectionLost(false);
      return;
    }
    if (generation !== this.generation) {
      connection.close();
      return;
    }
    this.connecting = false;
    this.connection = connection;
    for (const entry of this.entries.values()) {
      if (!entry.failure && !entry.held) this.attach(entry);
    }
  }

  private hooksFor(generation: number): SocketHooks {
    return {
      opened: () => {
        if (generation !== this.generation) return;
        this.socketOpen = true;
        this.failures = 0;
        this.retryAt = undefined;
        const reason: ResyncReason = this.everOpened ? 'reconnect' : 'connect';
        this.everOpened = true;
        this.stopPolling();
        this.setPhase('live');
        for (const entry of this.entries.values()) {
          if (!entry.failure && !entry.held) this.resyncEntry(entry, reason);
        }
      },
      closed: () => {
        if (generation !== this.generation) return;
        this.connectionLost(this.socketOpen);
      },
      errorFrame: (message) => {
        if (generation !== this.generation) return;
        this.onErrorFrame(message);
      },
    };
  }

  private connectionLost(wasOpen: boolean): void {
    this.generation++;
    this.closeConnection();
    this.cancelProbe();
    this.failures = wasOpen ? 1 : this.failures + 1;
    if (!this.deps.isOnline()) {
      this.goOffline();
      return;
    }
    this.scheduleReconnect();
    if (!wasOpen && this.failures >= this.timing.diagnoseAfterFailures) void this.diagnose();
  }

  private scheduleReconnect(delay?: number): void {
    clearTimeout(this.reconnectTimer);
    const wait =
      delay ?? backoffDelay(this.failures, this.polling ? pollingBackoff : streamBackoff, this.deps.random);
    this.retryAt = this.now() + wait;
    this.setPhase(this.polling ? 'polling' : 'reconnecting');
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      void this.connectNow();
    }, wait);
  }

  private async diagnose(): Promise<void> {
    const generation = this.generation;
    const failure = await this.deps.diagnose();
    if (generation !== this.generation || this.socketOpen || this.phase === 'idle') return;
    if (failure?.kind === 'auth_expired') {
      this.stopForAuth();
    } else if (failure?.kind === 'rate_limited') {
      clearTimeout(this.reconnectTimer);
      const wait = Math.max(0, failure.retryAt - this.now());
      this.retryAt = failure.retryAt;
      this.setPhase('rate_limited');
      this.reconnectTimer = setTimeout(() => {
        this.reconnectTimer = undefined;
        void this.connectNow();
      }, wait);
    } else if (!failure && !this.polling) {
      // REST works but the socket does not: no streaming here, or a proxy that drops WebSockets.
      if (this.failures >= this.timing.pollAfterFailures || !(await this.deps.probeStreaming())) {
        if (generation === this.generation && !this.socketOpen) this.startPolling();
      }
    }
  }

  private goOffline(): void {
    this.generation++;
    this.closeConnection();
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = undefined;
    this.stopPolling();
    this.retryAt = undefined;
    this.setPhase('offline');
  }

  private readonly connectivityEvents: ConnectivityEvents = {
    offline: () => {
      if (this.phase !== 'idle' && this.phase !== 'auth_expired') this.goOffline();
    },
    online: () => {
      if (this.phase === 'idle' || this.phase === 'auth_expired' || this.socketOpen) return;
      // Coming back online is a reconnect: connect now, and the open will make every column backfill.
      this.failures = 0;
      void this.connectNow();
    },
    resume: () => {
      if (this.phase === 'idle' || this.phase === 'auth_expired' || this.phase === 'rate_limited') return;
      // After a suspend the socket may look open but be dead: start over rather than wait for the ping timeout.
      this.failures = 0;
      void this.connectNow();
    },
    visible: () => {
      if (this.phase === 'reconnecting' && this.reconnectTimer) void this.connectNow();
    },
  };

  // ── polling fallback ─────────────────────────────────────────────────────────────────────────────────

  private startPolling(): void {
    if (this.polling) return;
    this.polling = true;
    this.setPhase('polling');
    const tick = () => {
      for (const entry of this.entries.values()) {
        if (!entry.failure) this.resyncEntry(entry, 'poll');
      }
      const jitter = (this.deps.random ?? Math.random)() * 0.2 - 0.1;
      this.pollTimer = setTimeout(tick, Math.round(this.timing.pollMs * (1 + jitter)));
    };
    tick();
    // Keep trying the socket now and then; a success ends polling.
    this.scheduleReconnect(backoffDelay(1, pollingBackoff, this.deps.random));
  }

  private stopPolling(): void {
    this.polling = false;
    clearTimeout(this.pollTimer);
    this.pollTimer = undefined;
  }

  // ── subscriptions ────────────────────────────────────────────────────────────────────────────────────

  private attach(entry: Entry): void {
    const connection = this.connection;
    if (!connection) return;
    const generation = this.generation;
    let subscription: StreamSubscription;
    try {
      subscription = connection.subscribe(entry.spec);
    } catch (error) {
      this.fail(entry, error instanceof Error ? error.message : String(error));
      return;
    }
    entry.subscription = subscription;
    void (async () => {
      try {
        for await (const event of subscription) {
          if (entry.subscription !== subscription) break;
          for (const listener of entry.listeners) safely(() => listener.event(event));
        }
      } catch (error) {
        if (entry.subscription !== subscription || generation !== this.generation) return;
        entry.subscription = undefined;
        this.subscriptionThrew(entry, error);
      }
    })();
  }

  private detach(entry: Entry): void {
    const subscription = entry.subscription;
    entry.subscription = undefined;
    try {
      subscription?.unsubscribe();
    } catch {
      // The socket is gone; nothing to tell the server.
    }
  }

  private subscriptionThrew(entry: Entry, error: unknown): void {
    // Connection-level failures are handled by the socket hooks (close → reconnect).
    if (error instanceof MastoWebSocketError || !this.socketOpen) return;
    // No hook saw an error frame (should not happen with observedWebSocket): attribute it from here.
    if (this.now() - this.lastErrorFrameAt > 1_000) {
      this.onErrorFrame(error instanceof Error ? error.message : String(error));
    }
    if (entry.failure || entry.held) return;
    // An error frame kills every subscription on the socket (FACTS.md §1): subscribe the innocent ones again.
    setTimeout(() => {
      if (entry.subscription || entry.failure || entry.held || this.entries.get(entry.key) !== entry) return;
      if (!this.connection || !this.socketOpen) return;
      this.attach(entry);
      this.resyncEntry(entry, 'resubscribe');
    }, 0);
  }

  private onErrorFrame(message: string): void {
    const now = this.now();
    this.lastErrorFrameAt = now;
    this.errorFrameTimes = [...this.errorFrameTimes.filter((t) => now - t < 60_000), now];
    if (this.errorFrameTimes.length > this.timing.errorFramesPerMinute) {
      // Not converging: treat the socket as broken and let backoff (and diagnosis) take over.
      this.errorFrameTimes = [];
      this.connectionLost(false);
      return;
    }
    const probe = this.probe;
    if (probe?.current) {
      const culprit = probe.current;
      probe.current = undefined;
      clearTimeout(probe.timer);
      this.fail(culprit, message);
      setTimeout(() => this.advanceProbe(), 0);
      return;
    }
    const active = [...this.entries.values()].filter((e) => !e.failure && !e.held);
    const hinted = active.filter((e) => hintMatches(message, e.spec));
    const suspects = hinted.length > 0 ? hinted : active;
    if (suspects.length === 0) return;
    if (suspects.length === 1) {
      this.fail(suspects[0]!, message);
      return;
    }
    // Several could be the cause: hold them back and add them again one at a time.
    for (const suspect of suspects) {
      suspect.held = true;
      this.detach(suspect);
    }
    if (probe) {
      probe.queue.push(...suspects);
    } else {
      this.probe = { queue: suspects, current: undefined, timer: undefined };
      setTimeout(() => this.advanceProbe(), 0);
    }
  }

  private advanceProbe(): void {
    const probe = this.probe;
    if (!probe || probe.current) return;
    const next = probe.queue.shift();
    if (!next) {
      this.probe = undefined;
      return;
    }
    next.held = false;
    if (this.entries.get(next.key) !== next) {
      this.advanceProbe();
      return;
    }
    probe.current = next;
    this.attach(next);
    probe.timer = setTimeout(() => {
      if (probe.current === next) {
        probe.current = undefined;
        this.resyncEntry(next, 'resubscribe');
      }
      this.advanceProbe();
    }, this.timing.probeWindowMs);
  }

  private cancelProbe(): void {
    if (!this.probe) return;
    clearTimeout(this.probe.timer);
    for (const entry of this.probe.queue) entry.held = false;
    if (this.probe.current) this.probe.current.held = false;
    this.probe = undefined;
  }

  private fail(entry: Entry, message: string): void {
    entry.failure = message;
    entry.held = false;
    this.detach(entry);
    this.broadcast(entry);
  }

  // ── listeners ────────────────────────────────────────────────────────────────────────────────────────

  private resyncEntry(entry: Entry, reason: ResyncReason): void {
    for (const listener of entry.listeners) safely(() => listener.resync(reason));
  }

  private stateOf(entry: Entry): StreamState {
    return {
      phase: this.phase,
      ...(this.retryAt !== undefined && { retryAt: this.retryAt }),
      ...(entry.failure !== undefined && { failure: entry.failure }),
    };
  }

  private broadcast(entry: Entry): void {
    const state = this.stateOf(entry);
    for (const listener of entry.listeners) safely(() => listener.state(state));
  }

  private setPhase(phase: StreamPhase): void {
    this.phase = phase;
    for (const entry of this.entries.values()) this.broadcast(entry);
  }
}
