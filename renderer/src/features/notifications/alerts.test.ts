import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeAccount, makeFilterResult, makeNotification, makeStatus } from '../../test/factories';
import { alertVerdict, type AlertContext } from './alert-policy';
import { decodeTarget, encodeTarget, targetOf } from './alert-target';
import { AlertThrottle, type PendingAlert } from './alert-throttle';
import { defaultAlertSettings } from './notification-kinds';

describe('alert throttling', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const alert = (id: string): PendingAlert => ({ accountId: 'a', notification: makeNotification({ id }) });

  it('shows the first at once, then one summary per window while a burst lasts', () => {
    const batches: string[][] = [];
    const throttle = new AlertThrottle({
      deliver: (batch) => batches.push(batch.map((a) => a.notification.id)),
      windowMs: 10_000,
      maxWindowMs: 40_000,
    });
    // Fifty notifications in a minute, one every 1.2 s.
    for (let i = 0; i < 50; i++) {
      throttle.offer(alert(String(i)));
      vi.advanceTimersByTime(1_200);
    }
    vi.advanceTimersByTime(120_000);
    expect(batches[0]).toEqual(['0']);
    expect(batches.length).toBeLessThanOrEqual(5);
    expect(batches.flat()).toHaveLength(50);
    throttle.dispose();
  });

  it('after a quiet window the next notification shows at once again, and held ones can be dropped', () => {
    const batches: number[] = [];
    const throttle = new AlertThrottle({ deliver: (batch) => batches.push(batch.length), windowMs: 1_000 });
    throttle.offer(alert('1'));
    throttle.offer(alert('2'));
    throttle.offer(alert('3'));
    vi.advanceTimersByTime(1_000);
    expect(batches).toEqual([1, 2]);
    vi.advanceTimersByTime(5_000);
    throttle.offer(alert('4'));
    expect(batches).toEqual([1, 2, 1]);
    throttle.offer(alert('5'));
    throttle.drop();
    vi.advanceTimersByTime(10_000);
    expect(batches).toEqual([1, 2, 1]);
    throttle.dispose();
  });
});

describe('which notifications alert', () => {
  const context = (patch: Partial<AlertContext> = {}): AlertContext => ({
    settings: defaultAlertSettings,
    attended: false,
    onScreen: false,
    now: Date.parse('2025-01-01T12:00:00Z'),
    ...patch,
  });
  const mention = makeNotification({ type: 'mention', status: makeStatus() });

  it('alerts while the window is away or the column out of sight, not while the user looks at it', () => {
    expect(alertVerdict('a', mention, context())).toEqual({ alert: true });
    expect(alertVerdict('a', mention, context({ attended: true }))).toEqual({ alert: true });
    expect(alertVerdict('a', mention, context({ onScreen: true }))).toEqual({ alert: true });
    expect(alertVerdict('a', mention, context({ attended: true, onScreen: true }))).toMatchObject({
      reason: 'seen',
    });
  });

  it('never for a muted conversation or a filtered post', () => {
    const muted = makeNotification({ type: 'mention', status: makeStatus({ muted: true }) });
    expect(alertVerdict('a', muted, context())).toMatchObject({ alert: false, reason: 'muted_conversation' });
    const filtered = makeNotification({
      type: 'mention',
      status: makeStatus({ filtered: [makeFilterResult('spoilers', 'warn', ['notifications'])] }),
    });
    expect(alertVerdict('a', filtered, context())).toMatchObject({ reason: 'filtered' });
    // A filter for other places, or one that expired, does not count.
    const elsewhere = makeNotification({
      type: 'mention',
      status: makeStatus({
        filtered: [
          makeFilterResult('home only', 'hide', ['home']),
          makeFilterResult('old', 'hide', ['notifications'], '2024-01-01T00:00:00Z'),
        ],
      }),
    });
    expect(alertVerdict('a', elsewhere, context())).toEqual({ alert: true });
  });

  it('follows the switches: off, do not disturb, per account, per kind', () => {
    const settings = defaultAlertSettings;
    expect(alertVerdict('a', mention, context({ settings: { ...settings, enabled: false } }))).toMatchObject({
      reason: 'disabled',
    });
    expect(
      alertVerdict('a', mention, context({ settings: { ...settings, doNotDisturb: true } })),
    ).toMatchObject({
      reason: 'do_not_disturb',
    });
    expect(
      alertVerdict('a', mention, context({ settings: { ...settings, mutedAccounts: ['a'] } })),
    ).toMatchObject({
      reason: 'account_off',
    });
    expect(alertVerdict('b', mention, context({ settings: { ...settings, mutedAccounts: ['a'] } }))).toEqual({
      alert: true,
    });
    const signUp = makeNotification({ type: 'admin.sign_up', status: null });
    expect(
      alertVerdict('a', signUp, context({ settings: { ...settings, mutedCategories: ['admin'] } })),
    ).toMatchObject({
      reason: 'type_off',
    });
  });
});

describe('alert targets', () => {
  it('round-trips through the tag, and ignores tags that are not ours', () => {
    const post = makeNotification({ type: 'favourite', status: makeStatus({ id: '77' }) });
    const follow = makeNotification({
      type: 'follow',
      status: null,
      account: makeAccount({ id: '9', acct: 'dana@x.example' }),
    });
    for (const target of [
      targetOf('alice@one.example:4000', post),
      targetOf('alice@one.example:4000', follow),
      { kind: 'notifications' as const, accountId: undefined },
    ]) {
      expect(decodeTarget(encodeTarget(target))).toEqual(target);
    }
    expect(targetOf('a', post)).toEqual({ kind: 'status', accountId: 'a', statusId: '77' });
    expect(targetOf('a', follow)).toEqual({
      kind: 'profile',
      accountId: 'a',
      profileId: '9',
      acct: 'dana@x.example',
    });
    expect(decodeTarget(undefined)).toBeUndefined();
    expect(decodeTarget('update-ready')).toBeUndefined();
    expect(decodeTarget('pouet-alert:{"kind":"status","accountId":"a"}')).toBeUndefined();
    expect(decodeTarget('pouet-alert:not json')).toBeUndefined();
  });
});
