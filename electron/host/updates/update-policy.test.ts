import { describe, expect, it } from 'vitest';
import { defaultUpdateTiming, firstDueAt, nextDueAt, timerDelay, updateBlocker } from './update-policy';

const packaged = { isPackaged: true, env: {} };
const hour = 3_600_000;

describe('update policy', () => {
  it('checks only in packaged builds whose user has not opted out', () => {
    expect(updateBlocker(packaged, true)).toBeUndefined();
    expect(updateBlocker({ isPackaged: false, env: {} }, true)).toBe('development');
    expect(updateBlocker(packaged, false)).toBe('opted-out');
  });

  it('lets packagers and admins turn updates off with POUET_DISABLE_UPDATES', () => {
    expect(updateBlocker({ isPackaged: true, env: { POUET_DISABLE_UPDATES: '1' } }, true)).toBe(
      'disabled-by-environment',
    );
    expect(updateBlocker({ isPackaged: true, env: { POUET_DISABLE_UPDATES: '0' } }, true)).toBeUndefined();
    expect(updateBlocker({ isPackaged: true, env: { POUET_DISABLE_UPDATES: '' } }, true)).toBeUndefined();
  });

  it('development wins over every other reason, so dev runs never touch the network', () => {
    expect(updateBlocker({ isPackaged: false, env: { POUET_DISABLE_UPDATES: '1' } }, false)).toBe(
      'development',
    );
  });

  it('checks soon after start, daily after a success, hourly after a failure', () => {
    const t = defaultUpdateTiming;
    expect(firstDueAt(1000, undefined, t)).toBe(1000 + t.firstCheckDelayMs);
    expect(t.checkIntervalMs).toBe(24 * hour);
    expect(nextDueAt(0, true, t)).toBe(24 * hour);
    expect(nextDueAt(0, false, t)).toBe(hour);
  });

  it('does not check again on re-enable when the last check is recent', () => {
    const t = defaultUpdateTiming;
    expect(firstDueAt(2 * hour, hour, t)).toBe(25 * hour);
    expect(firstDueAt(30 * hour, hour, t)).toBe(30 * hour + t.firstCheckDelayMs);
  });

  it('never sleeps longer than an hour, so a check due during laptop sleep runs soon after waking', () => {
    expect(timerDelay(0, 24 * hour, defaultUpdateTiming)).toBe(hour);
    expect(timerDelay(0, 1000, defaultUpdateTiming)).toBe(1000);
    expect(timerDelay(5000, 1000, defaultUpdateTiming)).toBe(0);
  });
});
