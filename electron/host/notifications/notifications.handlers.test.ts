import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../log';
import type { DesktopNotification } from '../ports';
import { AlertGate } from './alert-gate';
import { createNotificationHandlers } from './notifications.handlers';

describe('AlertGate', () => {
  it('lets a burst through, then one alert per refill period', () => {
    let now = 0;
    const gate = new AlertGate({ burst: 3, refillMs: 1_000, now: () => now });
    expect([gate.tryPass(), gate.tryPass(), gate.tryPass(), gate.tryPass()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    now = 999;
    expect(gate.tryPass()).toBe(false);
    now = 1_000;
    expect(gate.tryPass()).toBe(true);
    expect(gate.tryPass()).toBe(false);
    now = 60_000;
    expect([gate.tryPass(), gate.tryPass(), gate.tryPass(), gate.tryPass()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});

describe('notification handlers', () => {
  const setup = () => {
    const shown: DesktopNotification[] = [];
    const setBadge = vi.fn<(count: number) => void>();
    const warn = vi.fn();
    let now = 0;
    const handlers = createNotificationHandlers(
      { notify: (n) => void shown.push(n), setBadge },
      { ...silentLogger, warn },
      { burst: 2, refillMs: 10_000, now: () => now },
    );
    return { shown, setBadge, warn, handlers, advance: (ms: number) => (now += ms) };
  };

  it('shows alerts with their tag and drops a flood past the cap, warning once', async () => {
    const { shown, warn, handlers, advance } = setup();
    for (let i = 0; i < 5; i++) await handlers['notify.show']({ title: `T${i}`, body: 'b', tag: `t${i}` });
    expect(shown).toEqual([
      { title: 'T0', body: 'b', tag: 't0' },
      { title: 'T1', body: 'b', tag: 't1' },
    ]);
    expect(warn).toHaveBeenCalledTimes(1);
    advance(10_000);
    await handlers['notify.show']({ title: 'Later', body: '' });
    expect(shown.at(-1)).toEqual({ title: 'Later', body: '' });
  });

  it('sets the badge only when the count changes', async () => {
    const { setBadge, handlers } = setup();
    await handlers['app.setBadge']({ count: 3 });
    await handlers['app.setBadge']({ count: 3 });
    await handlers['app.setBadge']({ count: 0 });
    expect(setBadge.mock.calls).toEqual([[3], [0]]);
  });
});
