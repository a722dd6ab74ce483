import type { mastodon } from 'masto';
import { favourite } from '../services/interactions';
import { notify } from '../services/notify';
import { follow } from '../services/relationships';
import { MIN, renumberNotifications, type SeedContext } from './seed-context';

export function seedAliceSettings(sc: SeedContext): void {
  const w = sc.w;
  const alice = sc.acc('alice');
  const bob = sc.acc('bob');
  const t = (minutesAgo: number): number => sc.now - minutesAgo * MIN;
  // Notification types that need a story of their own.
  follow(w, sc.acc('sofia@remote.example').id, alice.id, { at: t(200), silent: true });
  follow(w, sc.acc('gustavo').id, alice.id, { at: t(150), silent: true });
  w.store.unfollow(sc.acc('gustavo').id, alice.id);
  w.store.setRequest(sc.acc('gustavo').id, alice.id, {
    id: w.ids.next('follow', 3000),
    reblogs: true,
    notify: false,
    languages: null,
    createdAt: t(150),
  });
  w.store.notifications = w.store.notifications.filter(
    (n) => !(n.type === 'follow' && n.fromId === sc.acc('gustavo').id),
  );
  notify(w, {
    recipientId: alice.id,
    type: 'follow_request',
    fromId: sc.acc('gustavo').id,
    createdAt: t(150),
    silent: true,
    force: true,
  });
  notify(w, {
    recipientId: alice.id,
    type: 'admin.sign_up',
    fromId: sc.acc('hana').id,
    createdAt: t(400),
    silent: true,
    force: true,
  });
  w.store.reports.push({
    id: w.ids.next('report', 40),
    reporterId: bob.id,
    targetId: sc.acc('marco@remote.example').id,
    statusIds: [],
    ruleIds: ['3'],
    comment: 'Looks like spam to me.',
    category: 'spam',
    forwarded: false,
    createdAt: t(300),
  });
  notify(w, {
    recipientId: alice.id,
    type: 'admin.report',
    fromId: bob.id,
    reportId: w.store.reports[w.store.reports.length - 1]!.id,
    createdAt: t(300),
    silent: true,
    force: true,
  });
  notify(w, {
    recipientId: alice.id,
    type: 'severed_relationships',
    fromId: sc.acc('lena@remote.example').id,
    createdAt: t(2000),
    silent: true,
    force: true,
  });
  notify(w, {
    recipientId: alice.id,
    type: 'moderation_warning',
    fromId: alice.id,
    createdAt: t(2500),
    silent: true,
    force: true,
  });
  // Bob rings the bell for alice's posts: a `status` notification.
  w.store.setFollow(bob.id, alice.id, { ...w.store.follow(bob.id, alice.id)!, notify: true });
  const latest = [...w.store.statusesDesc()].find(
    (s) => s.accountId === bob.id && !s.reblogOfId && s.visibility === 'public',
  );
  if (latest)
    notify(w, {
      recipientId: alice.id,
      type: 'status',
      fromId: bob.id,
      statusId: latest.id,
      createdAt: latest.createdAt,
      silent: true,
    });
  renumberNotifications(w);

  // Lists, followed tags, filters, bookmarks, markers.
  const list = (
    title: string,
    members: string[],
    policy: mastodon.v1.ListRepliesPolicy,
    exclusive = false,
  ): void => {
    const id = w.ids.next('list', 1);
    w.store.lists.set(id, {
      id,
      ownerId: alice.id,
      title,
      repliesPolicy: policy,
      exclusive,
      members: new Set(members.map((m) => sc.acc(m).id)),
    });
  };
  list('Close friends', ['bob', 'chloe'], 'list');
  list('Tech', ['dmitri', 'emeka', 'lena@remote.example'], 'followed');
  list('News', ['newsbot', 'feed@news.example'], 'none', true);
  w.store.followedTags.set(
    alice.id,
    new Map([
      ['photography', w.ids.next('tag_follow', 900)],
      ['rustlang', w.ids.next('tag_follow', 900)],
    ]),
  );
  w.store.followedTags.set(bob.id, new Map([['cycling', w.ids.next('tag_follow', 900)]]));
  const filter = (
    title: string,
    action: mastodon.v2.FilterAction,
    keywords: string[],
    context: mastodon.v2.FilterContext[],
  ): void => {
    const id = w.ids.next('filter', 10);
    w.store.filters.set(id, {
      id,
      ownerId: alice.id,
      title,
      context,
      action,
      expiresAt: null,
      keywords: keywords.map((keyword) => ({
        id: w.ids.next('filter_keyword', 50),
        keyword,
        wholeWord: true,
      })),
      statuses: [],
    });
  };
  filter('Spoilers', 'warn', ['spoiler', 'spoilers'], ['home', 'public', 'thread']);
  filter('Crypto', 'hide', ['crypto', 'NFT'], ['home', 'public', 'notifications', 'thread', 'account']);
  filter('Snakes', 'blur', ['snake'], ['home', 'public', 'thread', 'account']);

  const visible = [...w.store.statusesDesc()].filter(
    (s) => !s.reblogOfId && s.visibility === 'public' && s.accountId !== alice.id,
  );
  for (const s of sc.rng.sample(visible.slice(0, 60), 4))
    w.store.bookmarks.push({ id: w.ids.next('bookmark', 7000), accountId: alice.id, statusId: s.id });
  for (const s of sc.rng.sample(visible.slice(0, 60), 6))
    favourite(w, alice.id, s.id, { at: sc.after(s.createdAt), silent: true });

  const home = [...w.store.statusesDesc()].filter((s) => s.accountId !== alice.id)[15];
  const mine = w.store.notifications.filter((n) => n.recipientId === alice.id);
  const lastRead = mine[Math.max(0, mine.length - 6)];
  w.store.markers.set(alice.id, {
    ...(home ? { home: { lastReadId: home.id, version: 3, updatedAt: t(60) } } : {}),
    ...(lastRead ? { notifications: { lastReadId: lastRead.id, version: 7, updatedAt: t(60) } } : {}),
  });
}
