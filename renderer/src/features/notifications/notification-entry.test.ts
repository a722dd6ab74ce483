import { describe, expect, it } from 'vitest';
import type { mastodon } from '../../mastodon';
import { makeAccount, makeNotification, makeStatus } from '../../test/factories';
import { entriesOfGroupedPage, groupKeyOf, groupNotifications } from './notification-entry';

const post = makeStatus({ id: '500' });
const other = makeStatus({ id: '501' });
const at = (hour: number, minute = 0) => new Date(Date.UTC(2025, 0, 1, hour, minute)).toISOString();

describe('client-side grouping (servers without grouped notifications)', () => {
  it('groups favourites of one post into "Alice and N others", newest first', () => {
    const [alice, bob, chloe] = [
      makeAccount({ id: 'a' }),
      makeAccount({ id: 'b' }),
      makeAccount({ id: 'c' }),
    ];
    const entries = groupNotifications([
      makeNotification({ id: '10', type: 'favourite', account: chloe, status: post, createdAt: at(13, 0) }),
      makeNotification({ id: '12', type: 'favourite', account: alice, status: post, createdAt: at(13, 20) }),
      makeNotification({ id: '11', type: 'favourite', account: bob, status: post, createdAt: at(13, 10) }),
    ]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      type: 'favourite',
      count: 3,
      newestId: '12',
      oldestId: '10',
      status: post,
    });
    expect(entries[0]!.accounts.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(entries[0]!.latestAt).toBe(at(13, 20));
  });

  it('keeps different posts, kinds and 12-hour windows apart, and never groups mentions', () => {
    const entries = groupNotifications([
      makeNotification({ id: '20', type: 'favourite', status: post, createdAt: at(13) }),
      makeNotification({ id: '21', type: 'favourite', status: other, createdAt: at(13) }),
      makeNotification({ id: '22', type: 'reblog', status: post, createdAt: at(13) }),
      makeNotification({ id: '23', type: 'favourite', status: post, createdAt: at(1) }),
      makeNotification({ id: '24', type: 'mention', status: post, createdAt: at(13) }),
      makeNotification({ id: '25', type: 'mention', status: post, createdAt: at(13) }),
    ]);
    expect(entries.map((e) => [e.type, e.count, e.newestId])).toEqual([
      ['mention', 1, '25'],
      ['mention', 1, '24'],
      ['favourite', 1, '23'],
      ['reblog', 1, '22'],
      ['favourite', 1, '21'],
      ['favourite', 1, '20'],
    ]);
    expect(entries[0]!.key).toBe('ungrouped-25');
  });

  it('groups follows without a post, and one person appears once', () => {
    const dana = makeAccount({ id: 'd' });
    const entries = groupNotifications([
      makeNotification({ id: '30', type: 'follow', status: null, account: dana, createdAt: at(9) }),
      makeNotification({
        id: '31',
        type: 'follow',
        status: null,
        account: makeAccount({ id: 'e' }),
        createdAt: at(10),
      }),
      makeNotification({ id: '32', type: 'follow', status: null, account: dana, createdAt: at(11) }),
    ] as mastodon.v1.Notification[]);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ count: 3, status: undefined });
    expect(entries[0]!.accounts.map((a) => a.id)).toEqual(['d', 'e']);
  });
});

describe('group keys', () => {
  it('uses the streamed group_key for types we group, ungrouped-{id} otherwise (the stream ignores grouped_types)', () => {
    const fav = makeNotification({ id: '40', type: 'favourite', groupKey: 'favourite-500-99' });
    expect(groupKeyOf(fav, 'server')).toBe('favourite-500-99');
    // A server may group more than we asked for: the stream says so, we show it alone.
    expect(groupKeyOf(makeNotification({ id: '41', type: 'mention', groupKey: 'mention-x' }), 'server')).toBe(
      'ungrouped-41',
    );
    // Older servers send no group_key at all.
    expect(
      groupKeyOf(makeNotification({ id: '42', type: 'favourite', groupKey: undefined as never }), 'server'),
    ).toBe('ungrouped-42');
    expect(groupKeyOf(fav, 'client')).toMatch(/^client-favourite-/);
  });
});

describe('v2 pages', () => {
  it('looks up each group’s people and post in the page’s lists, and skips what was not sent', () => {
    const alice = makeAccount({ id: 'a' });
    const bob = makeAccount({ id: 'b' });
    const page = {
      accounts: [alice, bob],
      statuses: [post],
      notificationGroups: [
        {
          groupKey: 'favourite-500-1',
          notificationsCount: 5,
          type: 'favourite',
          mostRecentNotificationId: '90',
          pageMinId: '80',
          pageMaxId: '90',
          latestPageNotificationAt: at(12),
          sampleAccountIds: ['b', 'a', 'gone'],
          statusId: '500',
        },
        {
          groupKey: 'ungrouped-70',
          notificationsCount: 1,
          type: 'mention',
          mostRecentNotificationId: '70',
          sampleAccountIds: ['a'],
          statusId: 'deleted',
        },
      ],
    } as unknown as mastodon.v1.GroupedNotificationsResults;
    const entries = entriesOfGroupedPage(page);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      key: 'favourite-500-1',
      count: 5,
      newestId: '90',
      oldestId: '80',
      status: post,
    });
    expect(entries[0]!.accounts.map((a) => a.id)).toEqual(['b', 'a']);
  });
});
