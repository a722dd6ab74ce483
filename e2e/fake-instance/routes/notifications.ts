import type { mastodon } from 'masto';
import { iso } from '../clock';
import { compareIds } from '../ids';
import { notFound, ok } from '../http/reply';
import { int, str, strList, type Params } from '../http/params';
import { linkHeaders, pageLinks, pageParams, paginate, type PageParams } from '../http/paginate';
import { renderAccount, renderPartialAccount } from '../render/account';
import { STATUS_TYPES, notificationExtras, renderNotification } from '../render/notification';
import { renderStatus } from '../render/status';
import type {
  WireGroupedNotifications,
  WireNotification,
  WireNotificationGroup,
  WireStatus,
} from '../render/types';
import { user, type Router } from '../router';
import { publishNotificationsMerged } from '../services/stream-events';
import type { NotificationRecord } from '../store';
import type { RequestContext } from '../request-context';
import type { World } from '../world';

/** Notifications the viewer can still see (their status exists), newest first, after type filters. */
function visibleNotifications(w: World, viewerId: string, p: Params): NotificationRecord[] {
  const types = new Set(strList(p, 'types'));
  const exclude = new Set(strList(p, 'exclude_types'));
  const fromId = str(p, 'account_id');
  const out: NotificationRecord[] = [];
  for (let i = w.store.notifications.length - 1; i >= 0; i--) {
    const n = w.store.notifications[i]!;
    if (n.recipientId !== viewerId) continue;
    if (types.size && !types.has(n.type)) continue;
    if (exclude.has(n.type)) continue;
    if (fromId && n.fromId !== fromId) continue;
    if (!w.store.account(n.fromId)) continue;
    if (STATUS_TYPES.has(n.type) && (!n.statusId || !w.store.status(n.statusId))) continue;
    out.push(n);
  }
  return out.sort((a, b) => compareIds(b.id, a.id));
}

function unreadSince(w: World, viewerId: string): string | undefined {
  return w.store.markers.get(viewerId)?.notifications?.lastReadId;
}

const GROUPABLE: mastodon.v1.NotificationGroupType[] = ['favourite', 'reblog', 'follow', 'admin.sign_up'];

interface Group {
  key: string;
  members: NotificationRecord[];
}

/** Groups a newest-first page window: up to `limit` groups, members in the order met. */
function groupWindow(candidates: NotificationRecord[], pp: PageParams, grouped: Set<string>): Group[] {
  const lower = pp.minId ?? pp.sinceId;
  const inRange = candidates.filter(
    (n) => (!pp.maxId || compareIds(n.id, pp.maxId) < 0) && (!lower || compareIds(n.id, lower) > 0),
  );
  // min_id walks forward: take the groups closest to the cursor.
  const scan = pp.minId ? [...inRange].reverse() : inRange;
  const groups = new Map<string, Group>();
  for (const n of scan) {
    const key = grouped.has(n.type) ? n.groupKey : `ungrouped-${n.id}`;
    const g = groups.get(key);
    if (g) g.members.push(n);
    else {
      if (groups.size >= pp.limit) break;
      groups.set(key, { key, members: [n] });
    }
  }
  const list = [...groups.values()];
  for (const g of list) g.members.sort((a, b) => compareIds(b.id, a.id));
  return list.sort((a, b) => compareIds(b.members[0]!.id, a.members[0]!.id));
}

function renderGroups(
  ctx: RequestContext,
  groups: Group[],
  all: NotificationRecord[],
  grouped: Set<string>,
): WireGroupedNotifications {
  const w = ctx.world;
  const viewerId = ctx.me.id;
  const partial = str(ctx.query, 'expand_accounts') === 'partial_avatars';
  const full = new Set<string>();
  const sampled = new Set<string>();
  const statusIds = new Set<string>();
  const notificationGroups: WireNotificationGroup[] = groups.map((g) => {
    const newest = g.members[0]!;
    const whole = grouped.has(newest.type) ? all.filter((n) => n.groupKey === g.key) : g.members;
    const samples = [...new Set(whole.map((n) => n.fromId))].slice(0, 8);
    samples.forEach((id, i) => (i === 0 || !partial ? full : sampled).add(id));
    if (newest.statusId && STATUS_TYPES.has(newest.type)) statusIds.add(newest.statusId);
    const ids = g.members.map((m) => m.id).sort(compareIds);
    const base = {
      groupKey: g.key,
      notificationsCount: whole.length,
      type: newest.type,
      mostRecentNotificationId: whole[0]?.id ?? newest.id,
      pageMinId: ids[0]!,
      pageMaxId: ids[ids.length - 1]!,
      latestPageNotificationAt: iso(newest.createdAt),
      sampleAccountIds: samples,
      ...notificationExtras(w, newest),
    };
    // Each group type adds its own field (status_id, report, event…), as the masto union describes.
    return (
      newest.statusId && STATUS_TYPES.has(newest.type) ? { ...base, statusId: newest.statusId } : base
    ) as WireNotificationGroup;
  });
  const statuses: WireStatus[] = [];
  for (const id of statusIds) {
    const s = w.store.status(id);
    if (!s) continue;
    statuses.push(renderStatus(w, s, viewerId));
    full.add(s.accountId);
  }
  const result: WireGroupedNotifications = {
    accounts: [...full].flatMap((id) => {
      const a = w.store.account(id);
      return a ? [renderAccount(w, a)] : [];
    }),
    statuses,
    notificationGroups,
  };
  if (partial) {
    result.partialAccounts = [...sampled]
      .filter((id) => !full.has(id))
      .flatMap((id) => {
        const a = w.store.account(id);
        return a ? [renderPartialAccount(w, a)] : [];
      });
  }
  return result;
}

function groupedTypes(p: Params): Set<string> {
  const requested = strList(p, 'grouped_types');
  return new Set(requested.length ? requested.filter((t) => (GROUPABLE as string[]).includes(t)) : GROUPABLE);
}

export function registerNotificationRoutes(r: Router, legacy: () => boolean): void {
  r.get('/api/v1/notifications', user('read:notifications'), (ctx) => {
    const all = visibleNotifications(ctx.world, ctx.me.id, ctx.query);
    const page = paginate(all, (n) => n.id, pageParams(ctx.query, 40, 80));
    const rendered = page.flatMap((n): WireNotification[] => {
      const x = renderNotification(ctx.world, n, ctx.me.id);
      return x ? [x] : [];
    });
    return ok(
      rendered,
      pageLinks(ctx, page, (n) => n.id),
    );
  });

  const unreadCount = (grouped: boolean) => (ctx: RequestContext) => {
    const limit = Math.min(int(ctx.query, 'limit') ?? 100, 1000);
    const since = unreadSince(ctx.world, ctx.me.id);
    const unread = visibleNotifications(ctx.world, ctx.me.id, ctx.query).filter(
      (n) => !since || compareIds(n.id, since) > 0,
    );
    const types = groupedTypes(ctx.query);
    const count = grouped
      ? new Set(unread.map((n) => (types.has(n.type) ? n.groupKey : n.id))).size
      : unread.length;
    return ok({ count: Math.min(count, limit) });
  };
  r.get('/api/v1/notifications/unread_count', user('read:notifications'), unreadCount(false));

  r.get('/api/v1/notifications/requests', user('read:notifications'), () => ok([]));
  r.get('/api/v1/notifications/requests/merged', user('read:notifications'), () => ok({ merged: true }));
  r.get('/api/v2/notifications/policy', user('read:notifications'), () => ok(POLICY));
  r.patch('/api/v2/notifications/policy', user('write:notifications'), () => ok(POLICY));

  r.get('/api/v1/notifications/:id', user('read:notifications'), (ctx) => {
    const n = ctx.world.store.notifications.find(
      (x) => x.id === ctx.param('id') && x.recipientId === ctx.me.id,
    );
    const rendered = n ? renderNotification(ctx.world, n, ctx.me.id) : null;
    if (!rendered) throw notFound();
    return ok(rendered);
  });
  r.post('/api/v1/notifications/:id/dismiss', user('write:notifications'), (ctx) => {
    ctx.world.store.notifications = ctx.world.store.notifications.filter(
      (n) => !(n.id === ctx.param('id') && n.recipientId === ctx.me.id),
    );
    return ok({});
  });
  r.post('/api/v1/notifications/clear', user('write:notifications'), (ctx) => {
    ctx.world.store.notifications = ctx.world.store.notifications.filter((n) => n.recipientId !== ctx.me.id);
    return ok({});
  });

  // Grouped notifications: API v2 (Mastodon 4.3+); older servers answer 404.
  const v2 = (handler: (ctx: RequestContext) => ReturnType<typeof ok>) => (ctx: RequestContext) => {
    if (legacy()) throw notFound();
    return handler(ctx);
  };
  r.get(
    '/api/v2/notifications',
    user('read:notifications'),
    v2((ctx) => {
      const all = visibleNotifications(ctx.world, ctx.me.id, ctx.query);
      const pp = pageParams(ctx.query, 40, 80);
      const grouped = groupedTypes(ctx.query);
      const groups = groupWindow(all, pp, grouped);
      const body = renderGroups(ctx, groups, all, grouped);
      const ids = groups.flatMap((g) => g.members.map((m) => m.id)).sort(compareIds);
      return ok(body, linkHeaders(ctx, ids[ids.length - 1], ids[0]));
    }),
  );
  r.get('/api/v2/notifications/unread_count', user('read:notifications'), v2(unreadCount(true)));
  r.get(
    '/api/v2/notifications/:group_key',
    user('read:notifications'),
    v2((ctx) => {
      const all = visibleNotifications(ctx.world, ctx.me.id, {});
      const members = all.filter(
        (n) => n.groupKey === ctx.param('group_key') || `ungrouped-${n.id}` === ctx.param('group_key'),
      );
      if (members.length === 0) throw notFound();
      return ok(renderGroups(ctx, [{ key: ctx.param('group_key'), members }], all, new Set(GROUPABLE)));
    }),
  );
  r.get(
    '/api/v2/notifications/:group_key/accounts',
    user('read:notifications'),
    v2((ctx) => {
      const members = visibleNotifications(ctx.world, ctx.me.id, {}).filter(
        (n) => n.groupKey === ctx.param('group_key'),
      );
      if (members.length === 0) throw notFound();
      return ok(
        [...new Set(members.map((n) => n.fromId))].flatMap((id) => {
          const a = ctx.world.store.account(id);
          return a ? [renderAccount(ctx.world, a)] : [];
        }),
      );
    }),
  );
  r.post(
    '/api/v2/notifications/:group_key/dismiss',
    user('write:notifications'),
    v2((ctx) => {
      const key = ctx.param('group_key');
      ctx.world.store.notifications = ctx.world.store.notifications.filter(
        (n) => !(n.recipientId === ctx.me.id && (n.groupKey === key || `ungrouped-${n.id}` === key)),
      );
      return ok({});
    }),
  );
  r.post('/api/v1/notifications/requests/accept', user('write:notifications'), (ctx) => {
    publishNotificationsMerged(ctx.world, ctx.me.id);
    return ok({});
  });
}

const POLICY: mastodon.v2.NotificationPolicy = {
  forNotFollowing: 'accept',
  forNotFollowers: 'accept',
  forNewAccounts: 'accept',
  forPrivateMentions: 'filter',
  forLimitedAccounts: 'filter',
  summary: { pendingRequestsCount: 0, pendingNotificationsCount: 0 },
};
