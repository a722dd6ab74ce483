import { MastoUnexpectedError } from 'masto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConnectivityEvents } from './connectivity';
import type { MastoFailure } from './masto-errors';
import type { SocketHooks } from './observed-websocket';
import {
  StreamHub,
  streamKey,
  type ResyncReason,
  type StreamConnection,
  type StreamEvent,
  type StreamListener,
  type StreamSpec,
  type StreamState,
  type StreamSubscription,
} from './stream-hub';

/** A subscription fed by the test, behaving like masto's: it throws when an error frame arrives. */
class FakeSubscription implements StreamSubscription {
  readonly spec: StreamSpec;
  unsubscribed = false;
  private buffer: { value?: StreamEvent; error?: unknown; done?: boolean }[] = [];
  private notify: (() => void) | undefined;

  constructor(spec: StreamSpec) {
    this.spec = spec;
  }

  push(entry: { value?: StreamEvent; error?: unknown; done?: boolean }) {
    this.buffer.push(entry);
    this.notify?.();
    this.notify = undefined;
  }

  unsubscribe() {
    this.unsubscribed = true;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<StreamEvent> {
    try {
      for (;;) {
        while (this.buffer.length === 0) await new Promise<void>((resolve) => (this.notify = resolve));
        const entry = this.buffer.shift()!;
        if (entry.error) throw entry.error;
        if (entry.done) return;
        yield entry.value!;
      }
    } finally {
      this.unsubscribe();
    }
  }
}

/** One fake socket. `refuses` makes the "server" answer a subscription with an error frame. */
class FakeConnection implements StreamConnection {
  readonly hooks: SocketHooks;
  readonly subscriptions: FakeSubscription[] = [];
  closed = false;
  isOpen = false;
  refuses: (spec: StreamSpec) => string | undefined = () => undefined;

  constructor(hooks: SocketHooks) {
    this.hooks = hooks;
  }

  subscribe(spec: StreamSpec) {
    const subscription = new FakeSubscription(spec);
    this.subscriptions.push(subscription);
    if (this.isOpen) this.answer(subscription);
    return subscription;
  }

  close() {
    this.closed = true;
    for (const s of this.subscriptions) s.push({ done: true });
  }

  open() {
    this.isOpen = true;
    this.hooks.opened();
    for (const s of this.subscriptions) this.answer(s);
  }

  drop() {
    this.isOpen = false;
    this.hooks.closed();
  }

  live(): string[] {
    return this.subscriptions.filter((s) => !s.unsubscribed).map((s) => streamKey(s.spec));
  }

  emit(spec: StreamSpec, event: StreamEvent) {
    for (const s of this.subscriptions)
      if (!s.unsubscribed && streamKey(s.spec) === streamKey(spec)) s.push({ value: event });
  }

  errorFrame(message: string) {
    this.hooks.errorFrame(message, 400);
    // masto: the frame has no `stream`, so every subscription on the socket throws.
    for (const s of this.subscriptions) s.push({ error: new MastoUnexpectedError(message) });
  }

  private answer(subscription: FakeSubscription) {
    const refusal = this.refuses(subscription.spec);
    if (refusal) setTimeout(() => this.errorFrame(refusal), 50);
  }
}

class Recorder implements StreamListener {
  events: StreamEvent[] = [];
  resyncs: ResyncReason[] = [];
  states: StreamState[] = [];
  event(event: StreamEvent) {
    this.events.push(event);
  }
  resync(reason: ResyncReason) {
    this.resyncs.push(reason);
  }
  state(state: StreamState) {
    this.states.push(state);
  }
  get last(): StreamState | undefined {
    return this.states[this.states.length - 1];
  }
}

const home: StreamSpec = { stream: 'user' };
const listA: StreamSpec = { stream: 'list', list: 'a' };
const listGone: StreamSpec = { stream: 'list', list: 'gone' };
const tag: StreamSpec = { stream: 'hashtag', tag: 'cats' };
const update = (id: string): StreamEvent => ({ stream: ['user'], event: 'delete', payload: id });

function setup(options: { diagnose?: () => Promise<MastoFailure | undefined>; probe?: boolean } = {}) {
  const connections: FakeConnection[] = [];
  let refuses: (spec: StreamSpec) => string | undefined = () => undefined;
  let connectivity: ConnectivityEvents | undefined;
  let online = true;
  const onAuthExpired = vi.fn();
  const diagnose = vi.fn(options.diagnose ?? (async () => undefined));
  const hub = new StreamHub({
    connect: async (hooks) => {
      const connection = new FakeConnection(hooks);
      connection.refuses = (spec) => refuses(spec);
      connections.push(connection);
      return connection;
    },
    diagnose,
    probeStreaming: async () => options.probe ?? true,
    onAuthExpired,
    watchConnectivity: (events) => {
      connectivity = events;
      return () => (connectivity = undefined);
    },
    isOnline: () => online,
    random: () => 0,
  });
  return {
    hub,
    connections,
    diagnose,
    onAuthExpired,
    get latest() {
      return connections[connections.length - 1]!;
    },
    refuse(rule: (spec: StreamSpec) => string | undefined) {
      refuses = rule;
    },
    connectivity: () => connectivity!,
    setOnline(value: boolean) {
      online = value;
    },
  };
}

const tick = (ms = 0) => vi.advanceTimersByTimeAsync(ms);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('StreamHub', () => {
  it('shares one socket and one subscription per stream between columns, and fans events out', async () => {
    const t = setup();
    const a = new Recorder();
    const b = new Recorder();
    const c = new Recorder();
    t.hub.subscribe(home, a);
    t.hub.subscribe(home, b);
    t.hub.subscribe(tag, c);
    await tick();
    expect(t.connections).toHaveLength(1);
    t.latest.open();
    expect(t.latest.live().sort()).toEqual([streamKey(home), streamKey(tag)].sort());
    t.latest.emit(home, update('1'));
    await tick();
    expect(a.events).toHaveLength(1);
    expect(b.events).toHaveLength(1);
    expect(c.events).toHaveLength(0);
    expect(a.last?.phase).toBe('live');
    expect(a.resyncs).toEqual(['connect']);
  });

  it('ref-counts: a stream is dropped only when its last column leaves, then the socket closes', async () => {
    const t = setup();
    const stopA = t.hub.subscribe(home, new Recorder());
    const stopB = t.hub.subscribe(home, new Recorder());
    await tick();
    t.latest.open();
    stopA();
    await tick(10_000);
    expect(t.latest.live()).toEqual([streamKey(home)]);
    stopB();
    await tick(3_000);
    expect(t.latest.live()).toEqual([]);
    expect(t.latest.closed).toBe(false);
    await tick(3_000);
    expect(t.latest.closed).toBe(true);
  });

  it('a column that leaves and comes back quickly (a remount) keeps its subscription', async () => {
    const t = setup();
    const stop = t.hub.subscribe(home, new Recorder());
    await tick();
    t.latest.open();
    stop();
    t.hub.subscribe(home, new Recorder());
    await tick(10_000);
    expect(t.latest.subscriptions).toHaveLength(1);
    expect(t.latest.live()).toEqual([streamKey(home)]);
  });

  it('reconnects after a drop with backoff, then asks every column to backfill', async () => {
    const t = setup();
    const a = new Recorder();
    t.hub.subscribe(home, a);
    await tick();
    t.latest.open();
    t.latest.drop();
    expect(a.last).toMatchObject({ phase: 'reconnecting' });
    expect(a.last?.retryAt).toBe(Date.now() + 500);
    await tick(499);
    expect(t.connections).toHaveLength(1);
    await tick(1);
    expect(t.connections).toHaveLength(2);
    t.latest.open();
    expect(a.resyncs).toEqual(['connect', 'reconnect']);
    expect(a.last?.phase).toBe('live');
    expect(t.latest.live()).toEqual([streamKey(home)]);
  });

  it('caps the backoff however long the server stays away', async () => {
    const t = setup({ diagnose: async () => ({ kind: 'unreachable' }) });
    const a = new Recorder();
    t.hub.subscribe(home, a);
    await tick();
    const waits: number[] = [];
    for (let attempt = 0; attempt < 12; attempt++) {
      t.latest.drop(); // fails before opening
      waits.push(a.last!.retryAt! - Date.now());
      await tick(a.last!.retryAt! - Date.now());
    }
    expect(Math.max(...waits)).toBe(30_000); // random() = 0 → half of the 60 s cap
    expect(waits.slice(0, 4)).toEqual([500, 1000, 2000, 4000]);
  });

  it('an error frame for one list breaks only that column; the others re-subscribe and backfill', async () => {
    const t = setup();
    t.refuse((spec) => (spec.list === 'gone' ? 'Not authorized to stream this list' : undefined));
    const homeColumn = new Recorder();
    const tagColumn = new Recorder();
    const goneColumn = new Recorder();
    t.hub.subscribe(home, homeColumn);
    t.hub.subscribe(tag, tagColumn);
    t.hub.subscribe(listGone, goneColumn);
    await tick();
    t.latest.open();
    await tick(100);
    expect(goneColumn.last?.failure).toBe('Not authorized to stream this list');
    expect(homeColumn.last?.failure).toBeUndefined();
    expect(homeColumn.resyncs).toEqual(['connect', 'resubscribe']);
    expect(t.latest.live().sort()).toEqual([streamKey(home), streamKey(tag)].sort());
    t.latest.emit(home, update('2'));
    await tick();
    expect(homeColumn.events).toHaveLength(1);
    expect(t.hub.snapshot().failed).toEqual([streamKey(listGone)]);
  });

  it('finds the culprit among several suspects by re-adding them one at a time', async () => {
    const t = setup();
    t.refuse((spec) => (spec.list === 'gone' ? 'Not authorized to stream this list' : undefined));
    const good = new Recorder();
    const bad = new Recorder();
    const other = new Recorder();
    t.hub.subscribe(listA, good);
    t.hub.subscribe(listGone, bad);
    t.hub.subscribe(home, other);
    await tick();
    t.latest.open();
    await tick(10_000);
    expect(bad.last?.failure).toBe('Not authorized to stream this list');
    expect(good.last?.failure).toBeUndefined();
    expect(good.resyncs).toContain('resubscribe');
    expect(t.latest.live().sort()).toEqual([streamKey(home), streamKey(listA)].sort());
    t.latest.emit(listA, update('3'));
    await tick();
    expect(good.events).toHaveLength(1);
  });

  it('retries a failed subscription on demand', async () => {
    const t = setup();
    let refusing = true;
    t.refuse((spec) => (refusing && spec.list === 'gone' ? 'Not authorized to stream this list' : undefined));
    const column = new Recorder();
    t.hub.subscribe(listGone, column);
    await tick();
    t.latest.open();
    await tick(100);
    expect(column.last?.failure).toBeDefined();
    refusing = false;
    t.hub.retry(listGone);
    await tick(5_000);
    expect(column.last?.failure).toBeUndefined();
    expect(t.latest.live()).toEqual([streamKey(listGone)]);
  });

  it('stops and reports the account after a 401 found by diagnosis', async () => {
    const t = setup({ diagnose: async () => ({ kind: 'auth_expired' }) });
    const column = new Recorder();
    t.hub.subscribe(home, column);
    await tick();
    t.latest.drop();
    await tick(500);
    t.latest.drop();
    await tick();
    expect(t.diagnose).toHaveBeenCalled();
    expect(column.last?.phase).toBe('auth_expired');
    expect(t.onAuthExpired).toHaveBeenCalledTimes(1);
    await tick(120_000);
    expect(t.connections).toHaveLength(2);
    t.hub.revive();
    await tick();
    expect(t.connections).toHaveLength(3);
  });

  it('waits for the rate limit to reset and says when', async () => {
    const retryAt = Date.now() + 90_000;
    const t = setup({ diagnose: async () => ({ kind: 'rate_limited', retryAt }) });
    const column = new Recorder();
    t.hub.subscribe(home, column);
    await tick();
    t.latest.drop();
    await tick(500);
    t.latest.drop();
    await tick();
    expect(column.last).toMatchObject({ phase: 'rate_limited', retryAt });
    await tick(89_000);
    expect(t.connections).toHaveLength(2);
    await tick(1_000);
    expect(t.connections).toHaveLength(3);
  });

  it('falls back to polling on a server without streaming, and stops polling once a socket opens', async () => {
    const t = setup({ probe: false });
    const column = new Recorder();
    t.hub.subscribe(home, column);
    await tick();
    t.latest.drop();
    await tick(500);
    t.latest.drop();
    await tick();
    expect(column.last?.phase).toBe('polling');
    expect(column.resyncs).toEqual(['poll']);
    await tick(45_000 * 1.1);
    expect(column.resyncs).toEqual(['poll', 'poll']);
    // It still tries the socket now and then; when it works, live again.
    await tick(60_000);
    t.latest.open();
    expect(column.last?.phase).toBe('live');
    const polls = column.resyncs.filter((r) => r === 'poll').length;
    await tick(200_000);
    expect(column.resyncs.filter((r) => r === 'poll').length).toBe(polls);
  });

  it('goes quiet offline and treats coming back online as a reconnect', async () => {
    const t = setup();
    const column = new Recorder();
    t.hub.subscribe(home, column);
    await tick();
    t.latest.open();
    t.setOnline(false);
    t.connectivity().offline();
    expect(column.last?.phase).toBe('offline');
    expect(t.latest.closed).toBe(true);
    await tick(120_000);
    expect(t.connections).toHaveLength(1);
    t.setOnline(true);
    t.connectivity().online();
    await tick();
    expect(t.connections).toHaveLength(2);
    t.latest.open();
    expect(column.resyncs).toEqual(['connect', 'reconnect']);
  });

  it('reconnects at once after a suspend, even if the old socket still looks open', async () => {
    const t = setup();
    const column = new Recorder();
    t.hub.subscribe(home, column);
    await tick();
    t.latest.open();
    t.connectivity().resume();
    await tick();
    expect(t.connections).toHaveLength(2);
    expect(t.connections[0]!.closed).toBe(true);
    t.latest.open();
    expect(column.resyncs).toEqual(['connect', 'reconnect']);
  });

  it('ignores hooks from a socket it has already replaced', async () => {
    const t = setup();
    const column = new Recorder();
    t.hub.subscribe(home, column);
    await tick();
    const first = t.latest;
    first.open();
    t.connectivity().resume();
    await tick();
    first.drop();
    await tick(120_000);
    expect(t.connections).toHaveLength(2);
    t.latest.open();
    expect(column.last?.phase).toBe('live');
  });
});
