import { describe, expect, it } from 'vitest';
import { makeAccount, makeNotification, makeStatus } from '../../test/factories';
import {
  flattenEntries,
  mergeNewestPage,
  trimEntries,
  mergeNotification,
  patchEntry,
  unreadEntries,
  withStatusChange,
  type NotificationsData,
  type NotificationsPage,
} from './feed-merge';
import { entryOf, groupNotifications, type NotificationEntry } from './notification-entry';

const post = makeStatus({ id: '500' });
const alice = makeAccount({ id: 'a', username: 'alice' });
const bob = makeAccount({ id: 'b', username: 'bob' });

const group = (
  patch: Partial<NotificationEntry> & Pick<NotificationEntry, 'key' | 'newestId'>,
): NotificationEntry => ({
  type: 'favourite',
  count: 1,
  accounts: [alice],
  status: post,
  oldestId: patch.newestId,
  latestAt: '2025-01-01T12:00:00.000Z',
  ...patch,
});

const feed = (...pages: NotificationsPage[]): NotificationsData => ({
  pages,
  pageParams: pages.map((_, index) => (index === 0 ? null : { maxId: String(index) })),
});
const page = (
  entries: NotificationEntry[],
  next: NotificationsPage['next'] = { maxId: '1' },
): NotificationsPage => ({
  mode: 'server',
  entries,
  next,
});

describe('merging streamed notifications into grouped pages', () => {
  it('a favourite joins its group: one more, its author first, the group moves to the top', () => {
    const data = feed(
      page([
        group({ key: 'ungrouped-60', type: 'mention', newestId: '60' }),
        group({ key: 'favourite-500-7', newestId: '50', count: 2 }),
      ]),
    );
    const next = mergeNotification(
      data,
      makeNotification({
        id: '70',
        type: 'favourite',
        account: bob,
        status: post,
        groupKey: 'favourite-500-7',
      }),
    );
    const entries = flattenEntries(next);
    expect(entries.map((e) => e.key)).toEqual(['favourite-500-7', 'ungrouped-60']);
    expect(entries[0]).toMatchObject({ count: 3, newestId: '70', oldestId: '50' });
    expect(entries[0]!.accounts.map((a) => a.id)).toEqual(['b', 'a']);
  });

  it('a group held on an older page comes up to the first one', () => {
    const data = feed(
      page([group({ key: 'ungrouped-60', type: 'mention', newestId: '60' })]),
      page([group({ key: 'reblog-500-7', type: 'reblog', newestId: '20' })], null),
    );
    const next = mergeNotification(
      data,
      makeNotification({ id: '61', type: 'reblog', account: bob, status: post, groupKey: 'reblog-500-7' }),
    );
    expect(next.pages[0]!.entries.map((e) => e.key)).toEqual(['reblog-500-7', 'ungrouped-60']);
    expect(next.pages[1]!.entries).toEqual([]);
  });

  it('types we do not group become ungrouped-{id} entries, whatever group_key the stream sends', () => {
    const data = feed(page([group({ key: 'ungrouped-60', type: 'mention', newestId: '60' })]));
    const next = mergeNotification(
      data,
      makeNotification({ id: '62', type: 'mention', groupKey: 'mention-anything' }),
    );
    expect(flattenEntries(next).map((e) => e.key)).toEqual(['ungrouped-62', 'ungrouped-60']);
  });

  it('a notification already counted (a catch-up racing the stream) changes nothing', () => {
    const data = feed(page([group({ key: 'favourite-500-7', newestId: '70', count: 3 })]));
    expect(
      mergeNotification(
        data,
        makeNotification({ id: '70', type: 'favourite', status: post, groupKey: 'favourite-500-7' }),
      ),
    ).toBe(data);
    expect(
      mergeNotification(
        data,
        makeNotification({ id: '65', type: 'favourite', status: post, groupKey: 'favourite-500-7' }),
      ),
    ).toBe(data);
  });

  it('on servers without v2 the client groups what streams in the same way', () => {
    const first = makeNotification({
      id: '80',
      type: 'favourite',
      account: alice,
      status: post,
      createdAt: '2025-01-01T12:00:00Z',
    });
    const data = feed({ mode: 'client', entries: groupNotifications([first]), next: null });
    const next = mergeNotification(
      data,
      makeNotification({
        id: '81',
        type: 'favourite',
        account: bob,
        status: post,
        createdAt: '2025-01-01T12:05:00Z',
        groupKey: undefined as never,
      }),
    );
    expect(flattenEntries(next)).toHaveLength(1);
    expect(flattenEntries(next)[0]).toMatchObject({ count: 2, newestId: '81' });
  });

  it('client groups spanning two pages are added up when shown', () => {
    const at = '2025-01-01T12:00:00Z';
    const [newer] = groupNotifications([
      makeNotification({ id: '91', type: 'follow', status: null, account: alice, createdAt: at }),
    ]);
    const [older] = groupNotifications([
      makeNotification({ id: '90', type: 'follow', status: null, account: bob, createdAt: at }),
    ]);
    const data = feed(
      { mode: 'client', entries: [newer!], next: { maxId: '91' } },
      { mode: 'client', entries: [older!], next: null },
    );
    expect(flattenEntries(data)).toEqual([
      expect.objectContaining({ count: 2, newestId: '91', oldestId: '90' }),
    ]);
  });
});

describe('catching up after a reconnect', () => {
  it('replaces held groups by their fresher versions and adds new ones on top', () => {
    const data = feed(
      page([
        group({ key: 'favourite-500-7', newestId: '50', count: 2 }),
        group({ key: 'ungrouped-40', type: 'mention', newestId: '40' }),
      ]),
    );
    // Not a full page: nothing newer lies beyond it.
    const fresh = page(
      [
        group({ key: 'ungrouped-55', type: 'mention', newestId: '55' }),
        group({ key: 'favourite-500-7', newestId: '52', count: 4 }),
      ],
      null,
    );
    const next = mergeNewestPage(data, fresh);
    expect(flattenEntries(next).map((e) => [e.key, e.count])).toEqual([
      ['ungrouped-55', 1],
      ['favourite-500-7', 4],
      ['ungrouped-40', 1],
    ]);
  });

  it('starts over from the newest page when it does not reach what is held', () => {
    const data = feed(
      page([group({ key: 'ungrouped-40', type: 'mention', newestId: '40' })]),
      page([group({ key: 'ungrouped-30', newestId: '30' })], null),
    );
    const fresh = page(
      [
        group({ key: 'ungrouped-99', type: 'mention', newestId: '99' }),
        group({ key: 'ungrouped-98', type: 'mention', newestId: '98' }),
      ],
      { maxId: '98' },
    );
    const next = mergeNewestPage(data, fresh);
    expect(next.pages).toHaveLength(1);
    expect(next.pageParams).toEqual([null]);
    expect(flattenEntries(next).map((e) => e.key)).toEqual(['ungrouped-99', 'ungrouped-98']);
  });
});

describe('small pieces', () => {
  it('answers a follow request in place and counts unread groups from the read position', () => {
    const request = entryOf(
      makeNotification({ id: '70', type: 'follow_request', status: null }),
      'ungrouped-70',
    );
    const data = feed(page([request, group({ key: 'ungrouped-60', newestId: '60' })]));
    expect(
      flattenEntries(patchEntry(data, 'ungrouped-70', (e) => ({ ...e, answer: 'accepted' })))[0]!.answer,
    ).toBe('accepted');
    const read = (readId: string | undefined, ids: string[] = []) => ({ readId, ids, capped: false });
    expect(unreadEntries(flattenEntries(data), read('60'))).toBe(1);
    expect(unreadEntries(flattenEntries(data), undefined)).toBe(0);
    // No read position yet: only what arrived since counts.
    expect(unreadEntries(flattenEntries(data), read(undefined, ['70']))).toBe(1);
  });
});

describe('memory over a long session', () => {
  it('keeps the newest entries and resumes paging right after the last one kept', () => {
    const entries = (from: number, n: number) =>
      Array.from({ length: n }, (_, i) =>
        group({ key: `g${from - i}`, newestId: String(from - i), oldestId: String(from - i - 0.5) }),
      );
    const data = feed(page(entries(900, 4)), page(entries(500, 4)), page(entries(100, 4), null));
    expect(trimEntries(data, 12, 6)).toBe(data);
    const trimmed = trimEntries(data, 10, 6);
    expect(trimmed.pages).toHaveLength(2);
    expect(flattenEntries(trimmed).map((e) => e.key)).toEqual([
      'g900',
      'g899',
      'g898',
      'g897',
      'g500',
      'g499',
    ]);
    expect(trimmed.pages[1]!.next).toEqual({ maxId: '498.5' });
    expect(trimmed.pageParams).toHaveLength(2);
  });
});

describe('posts edited or deleted under the entries', () => {
  const mention = makeStatus({ id: '700', content: '<p>first words</p>' });
  const data = () =>
    feed(
      page([
        group({ key: 'ungrouped-71', type: 'mention', newestId: '71', status: mention }),
        group({ key: 'favourite-500-7', newestId: '70', count: 3 }),
      ]),
      page([group({ key: 'reblog-500-6', type: 'reblog', newestId: '40' })], null),
    );

  it('keeps what the reader did to the post when the new version does not say', () => {
    const mine = makeStatus({ id: '500', favourited: true, bookmarked: true });
    const before = feed(page([group({ key: 'favourite-500-7', newestId: '70', status: mine })], null));
    const fromStream = makeStatus({ id: '500', content: '<p>edited</p>' });
    delete (fromStream as Partial<typeof fromStream>).favourited;
    delete (fromStream as Partial<typeof fromStream>).bookmarked;
    const [entry] = flattenEntries(withStatusChange(before, { kind: 'updated', status: fromStream }));
    expect(entry?.status).toMatchObject({ content: '<p>edited</p>', favourited: true, bookmarked: true });
  });

  it('shows the new version of a post wherever an entry shows it', () => {
    const edited = makeStatus({
      id: '500',
      content: '<p>fixed a typo</p>',
      editedAt: '2025-01-02T00:00:00Z',
    });
    const next = withStatusChange(data(), { kind: 'updated', status: edited });
    const entries = flattenEntries(next);
    expect(entries.map((entry) => entry.status?.content)).toEqual([
      '<p>first words</p>',
      '<p>fixed a typo</p>',
      '<p>fixed a typo</p>',
    ]);
    expect(entries.map((entry) => entry.count)).toEqual([1, 3, 1]);
  });

  it('drops the entries of a deleted post, and leaves the others as they were', () => {
    const before = data();
    const next = withStatusChange(before, { kind: 'deleted', statusId: '500' });
    expect(flattenEntries(next).map((entry) => entry.key)).toEqual(['ungrouped-71']);
    expect(next.pages[1]!.entries).toEqual([]);
    expect(next.pages[1]!.next).toBeNull();
    expect(withStatusChange(before, { kind: 'deleted', statusId: '999' })).toBe(before);
  });

  it('shows a quoted post as deleted in the mention that quoted it', () => {
    const quoted = makeStatus({ id: '800' });
    const quoting = makeStatus({ id: '801', quote: { state: 'accepted', quotedStatus: quoted } });
    const before = feed(
      page([group({ key: 'ungrouped-90', type: 'mention', newestId: '90', status: quoting })], null),
    );
    const [entry] = flattenEntries(withStatusChange(before, { kind: 'deleted', statusId: '800' }));
    expect(entry?.status?.quote).toEqual({ state: 'deleted', quotedStatus: null });
  });
});
