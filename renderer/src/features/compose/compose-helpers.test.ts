import { describe, expect, it } from 'vitest';
import { defaultsFromPreferences } from './compose.queries';
import { focusFromClick } from './ComposeMediaDialog';
import { defaultScheduleTime, toLocalInput } from './ComposeScheduleField';

describe('focal point', () => {
  it('maps a click to Mastodon’s -1..1 coordinates, y pointing up', () => {
    expect(focusFromClick(50, 50, 100, 100)).toEqual({ x: 0, y: 0 });
    expect(focusFromClick(0, 0, 100, 100)).toEqual({ x: -1, y: 1 });
    expect(focusFromClick(100, 100, 100, 100)).toEqual({ x: 1, y: -1 });
    expect(focusFromClick(75, 25, 200, 100)).toEqual({ x: -0.25, y: 0.5 });
  });
});

describe('posting defaults', () => {
  it('come from the account’s preferences, 4.5 quote policy included', () => {
    expect(
      defaultsFromPreferences({
        'posting:default:visibility': 'unlisted',
        'posting:default:sensitive': true,
        'posting:default:language': 'fr',
        'posting:default:quote_policy': 'followers',
      } as never),
    ).toEqual({ visibility: 'unlisted', sensitive: true, language: 'fr', quotePolicy: 'followers' });
    expect(
      defaultsFromPreferences({
        'posting:default:visibility': 'private',
        'posting:default:language': '',
      } as never),
    ).toEqual({ visibility: 'private', sensitive: false, language: null, quotePolicy: null });
  });
});

describe('schedule time', () => {
  it('proposes the next full hour at least ten minutes away', () => {
    const now = new Date(2026, 2, 1, 9, 55).getTime();
    expect(toLocalInput(defaultScheduleTime(now))).toBe('2026-03-01T11:00');
    expect(toLocalInput(defaultScheduleTime(new Date(2026, 2, 1, 9, 10).getTime()))).toBe('2026-03-01T10:00');
  });
});
