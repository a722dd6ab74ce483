import { MastoHttpError, type mastodon } from 'masto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareIds } from '../ids';
import type { FakeInstance } from '../index';
import { restAs, withInstance } from './masto-harness';

let fi: FakeInstance;
let alice: mastodon.rest.Client;
let bob: mastodon.rest.Client;

beforeAll(async () => {
  fi = await withInstance();
  alice = await restAs(fi, 'alice');
  bob = await restAs(fi, 'bob');
});
afterAll(() => fi.close());

describe('accounts through masto', () => {
  it('verifies credentials with source and role, custom emoji in display names, local avatars', async () => {
    const me = await alice.v1.accounts.verifyCredentials();
    expect(me.username).toBe('alice');
    expect(me.acct).toBe('alice');
    expect(me.displayName).toBe('Alice Martin :verified:');
    expect(me.emojis.map((e) => e.shortcode)).toContain('verified');
    expect(me.source.privacy).toBe('public');
    expect(me.role.name).toBe('Owner');
    expect(me.createdAt).toMatch(/T00:00:00\.000Z$/);
    const avatar = await fetch(me.avatar);
    expect(avatar.headers.get('content-type')).toBe('image/png');
    expect(
      Buffer.from(await avatar.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
  });

  it('looks up local and remote accounts', async () => {
    const lena = await alice.v1.accounts.lookup({ acct: 'lena@remote.example' });
    expect(lena.acct).toBe('lena@remote.example');
    expect(lena.url).toBe('https://remote.example/@lena');
    expect((await alice.v1.accounts.$select(lena.id).fetch()).id).toBe(lena.id);
    await expect(alice.v1.accounts.lookup({ acct: 'nobody' })).rejects.toBeInstanceOf(MastoHttpError);
  });

  it('follows, mutes, blocks and reports relationships', async () => {
    const gustavo = await alice.v1.accounts.lookup({ acct: 'gustavo' });
    const followed = await alice.v1.accounts.$select(gustavo.id).follow({ notify: true });
    expect(followed).toMatchObject({ following: true, notifying: true, showingReblogs: true });
    const [rel] = await alice.v1.accounts.relationships.fetch({ id: [gustavo.id] });
    expect(rel?.following).toBe(true);
    const followers = await alice.v1.accounts.$select(gustavo.id).followers.list();
    expect(followers.map((a) => a.username)).toContain('alice');
    expect((await alice.v1.accounts.$select(gustavo.id).mute()).muting).toBe(true);
    expect((await alice.v1.mutes.list()).map((a) => a.id)).toContain(gustavo.id);
    expect((await alice.v1.accounts.$select(gustavo.id).unmute()).muting).toBe(false);
    const blocked = await alice.v1.accounts.$select(gustavo.id).block();
    expect(blocked).toMatchObject({ blocking: true, following: false });
    expect((await alice.v1.accounts.$select(gustavo.id).unblock()).blocking).toBe(false);
    expect((await alice.v1.accounts.$select(gustavo.id).unfollow()).following).toBe(false);
  });

  it('asks to follow locked accounts (requested) and lists followed tags', async () => {
    const hana = await bob.v1.accounts.lookup({ acct: 'hana' });
    expect(hana.locked).toBe(true);
    expect((await bob.v1.accounts.$select(hana.id).follow()).requested).toBe(true);
    const tags = await alice.v1.followedTags.list();
    expect(tags.map((t) => t.name).sort()).toEqual(['photography', 'rustlang']);
    expect((await alice.v1.tags.$select('Cycling').follow()).following).toBe(true);
    expect((await alice.v1.tags.$select('Cycling').unfollow()).following).toBe(false);
  });

  it('updates credentials (multipart PATCH)', async () => {
    const me = await bob.v1.accounts.updateCredentials({ displayName: 'Bobby', note: 'New bio with #Bread' });
    expect(me.displayName).toBe('Bobby');
    expect(me.note).toContain('class="mention hashtag"');
    expect(me.source.note).toBe('New bio with #Bread');
  });
});

describe('notifications through masto', () => {
  it('has every notification type for alice, newest first, ids sorted by length then lexically', async () => {
    const all: mastodon.v1.Notification[] = [];
    for await (const page of alice.v1.notifications.list({ limit: 80 })) all.push(...page);
    const types = new Set(all.map((n) => n.type));
    for (const t of [
      'mention',
      'status',
      'reblog',
      'follow',
      'follow_request',
      'favourite',
      'poll',
      'update',
      'admin.sign_up',
      'admin.report',
      'severed_relationships',
      'moderation_warning',
      'quote',
      'quoted_update',
    ]) {
      expect(types, t).toContain(t);
    }
    const ids = all.map((n) => n.id);
    expect(ids.some((id) => id.length === 3) && ids.some((id) => id.length === 4)).toBe(true);
    expect(ids.every((id, i) => i === 0 || compareIds(ids[i - 1]!, id) > 0)).toBe(true);
  });

  it('filters by types and exclude_types', async () => {
    const mentions = await alice.v1.notifications.list({ types: ['mention'] });
    expect(mentions.length).toBeGreaterThan(0);
    expect(mentions.every((n) => n.type === 'mention' && n.status)).toBe(true);
    const noFavs = await alice.v1.notifications.list({ excludeTypes: ['favourite'], limit: 80 });
    expect(noFavs.some((n) => n.type === 'favourite')).toBe(false);
  });

  it('groups notifications (v2) and pages them, with unread counts from the marker', async () => {
    const page = await alice.v2.notifications.list({ limit: 10, expandAccounts: 'partial_avatars' });
    expect(page.notificationGroups.length).toBeLessThanOrEqual(10);
    const favGroup = page.notificationGroups.find((g) => g.type === 'favourite' || g.type === 'reblog');
    expect(favGroup?.groupKey).toMatch(/^(favourite|reblog)-\d+-\d+$/);
    const ungrouped = page.notificationGroups.find((g) => g.type === 'mention');
    if (ungrouped) expect(ungrouped.groupKey).toBe(`ungrouped-${ungrouped.mostRecentNotificationId}`);
    for (const g of page.notificationGroups) {
      expect(Array.isArray(g.sampleAccountIds)).toBe(true);
      if ('statusId' in g) expect(page.statuses.map((s) => s.id)).toContain(g.statusId);
    }
    let pages = 0;
    for await (const p of alice.v2.notifications.list({ limit: 20 })) {
      pages++;
      if (p.notificationGroups.length === 0 || pages > 30) break;
    }
    expect(pages).toBeGreaterThan(2);
    const unread = await alice.v2.notifications.unreadCount.fetch();
    const unreadV1 = await alice.v1.notifications.unreadCount.fetch();
    expect(unread.count).toBeGreaterThan(0);
    expect(unreadV1.count).toBeGreaterThanOrEqual(unread.count);
  });

  it('notifies on favourite, boost, follow and mention made through REST', async () => {
    const post = await bob.v1.statuses.create({ status: 'notify me' });
    await alice.v1.statuses.$select(post.id).favourite();
    await alice.v1.statuses.$select(post.id).reblog();
    await alice.v1.statuses.create({ status: '@bob hi there' });
    const latest = await bob.v1.notifications.list({ limit: 3 });
    expect(latest.map((n) => n.type)).toEqual(['mention', 'reblog', 'favourite']);
    expect(latest.every((n) => n.account.username === 'alice')).toBe(true);
    await bob.v1.notifications.$select(latest[0]!.id).dismiss();
    expect((await bob.v1.notifications.list({ limit: 1 }))[0]?.type).toBe('reblog');
  });
});
