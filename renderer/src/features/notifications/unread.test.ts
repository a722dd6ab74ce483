import { describe, expect, it } from 'vitest';
import {
  badgeCount,
  unreadAfterNotification,
  unreadAfterRead,
  unreadCountOf,
  type UnreadState,
} from './unread';

const state = (readId: string | undefined, ids: string[]): UnreadState => ({ readId, ids, capped: false });

describe('unread notifications', () => {
  it('counts what arrives after the marker, once', () => {
    let s = state('100', ['102', '101']);
    s = unreadAfterNotification(s, '103');
    s = unreadAfterNotification(s, '103');
    s = unreadAfterNotification(s, '99');
    expect(s.ids).toEqual(['103', '102', '101']);
    expect(unreadCountOf(s)).toBe(3);
  });

  it('clears what was read, never moving the position back', () => {
    const s = unreadAfterRead(state('100', ['103', '102', '101']), '102');
    expect(s).toEqual({ readId: '102', ids: ['103'], capped: false });
    expect(unreadAfterRead(s, '101')).toBe(s);
    // Ids sort by length first: '1000' is newer than '999'.
    expect(unreadAfterRead(state('998', ['1000', '999']), '999').ids).toEqual(['1000']);
  });

  it('without a marker, counts what arrives from now on', () => {
    expect(unreadCountOf(unreadAfterNotification(state(undefined, []), '5'))).toBe(1);
  });

  it('adds up accounts for the icon badge, leaving out accounts whose alerts are off', () => {
    const states = [
      { accountId: 'a', state: state('1', ['3', '2']) },
      { accountId: 'b', state: state('1', ['4']) },
      { accountId: 'c', state: undefined },
    ];
    expect(badgeCount(states, [])).toBe(3);
    expect(badgeCount(states, ['a'])).toBe(1);
  });
});
