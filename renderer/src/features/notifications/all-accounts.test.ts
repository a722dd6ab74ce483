import { describe, expect, it } from 'vitest';
import { makeAccount, makeStatus } from '../../test/factories';
import { mergeAccountFeeds, sameEventKey, type AccountFeed } from './all-accounts';
import type { NotificationEntry } from './notification-entry';

const at = (minute: number) => new Date(Date.UTC(2025, 0, 1, 12, minute)).toISOString();

const entry = (key: string, minute: number, patch: Partial<NotificationEntry> = {}): NotificationEntry => ({
  key,
  type: 'favourite',
  count: 1,
  accounts: [makeAccount()],
  status: makeStatus(),
  newestId: key,
  oldestId: key,
  latestAt: at(minute),
  ...patch,
});

const feed = (accountId: string, entries: NotificationEntry[], hasMore = false): AccountFeed => ({
  accountId,
  entries,
  hasMore,
});

describe('the all-accounts merge', () => {
  it('interleaves accounts by time (ids are not comparable across servers), saying whose each row is', () => {
    const merged = mergeAccountFeeds([
      feed('alice@one', [entry('900', 50), entry('800', 10)]),
      feed('bob@two', [entry('5', 40), entry('4', 20)]),
    ]);
    expect(merged.rows.map((row) => [row.accountId, row.entry.key])).toEqual([
      ['alice@one', '900'],
      ['bob@two', '5'],
      ['bob@two', '4'],
      ['alice@one', '800'],
    ]);
    expect(merged.hasMore).toBe(false);
  });

  it('shows an event that reached two accounts once, for both (the same post by its URI)', () => {
    const uri = 'https://three.example/users/carol/statuses/1';
    const mentionOne = entry('700', 30, { type: 'mention', status: makeStatus({ id: '700', uri }) });
    const mentionTwo = entry('9', 30, { type: 'mention', status: makeStatus({ id: '9', uri }) });
    const merged = mergeAccountFeeds([feed('alice@one', [mentionOne]), feed('bob@two', [mentionTwo])]);
    expect(merged.rows).toHaveLength(1);
    expect(merged.rows[0]!.accountIds.sort()).toEqual(['alice@one', 'bob@two']);
    // Favourites are of each account's own post: never merged.
    expect(sameEventKey(entry('1', 1))).toBeUndefined();
    // Someone who follows both accounts is one row too.
    const dana = makeAccount({ url: 'https://four.example/@dana' });
    const follows = mergeAccountFeeds([
      feed('alice@one', [entry('1', 5, { type: 'follow', status: undefined, accounts: [dana] })]),
      feed('bob@two', [entry('2', 5, { type: 'follow', status: undefined, accounts: [dana] })]),
    ]);
    expect(follows.rows).toHaveLength(1);
  });

  it('stops at the horizon of a feed with more to load, and says which account to load next', () => {
    const merged = mergeAccountFeeds([
      feed('alice@one', [entry('900', 50), entry('850', 45)], true),
      feed('bob@two', [entry('5', 48), entry('4', 30), entry('3', 10)], false),
    ]);
    // Alice's older pages may hold something between 12:45 and 12:30: Bob's 12:30 waits for them.
    expect(merged.rows.map((row) => row.entry.key)).toEqual(['900', '5', '850']);
    expect(merged.behind).toEqual(['alice@one']);
    expect(merged.hasMore).toBe(true);
  });
});
