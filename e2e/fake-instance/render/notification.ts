import type { mastodon } from 'masto';
import { iso } from '../clock';
import type { NotificationRecord, ReportRecord } from '../store';
import type { World } from '../world';
import { renderAccount } from './account';
import { renderStatus } from './status';
import type { WireNotification, WireStatus } from './types';

export const STATUS_TYPES = new Set<mastodon.v1.NotificationType>([
  'mention',
  'status',
  'reblog',
  'favourite',
  'poll',
  'update',
  'quote',
  'quoted_update',
]);

export function renderReport(w: World, r: ReportRecord): mastodon.v1.Report {
  const target = w.store.account(r.targetId);
  if (!target) throw new Error('report target missing');
  return {
    id: r.id,
    actionTaken: false,
    actionTakenAt: null,
    category: r.category,
    comment: r.comment,
    forwarded: r.forwarded,
    createdAt: iso(r.createdAt),
    statusIds: r.statusIds,
    ruleIds: r.ruleIds,
    targetAccount: renderAccount(w, target),
  };
}

/** Extra objects some notification types carry (severed relationships, moderation warnings, reports). */
export function notificationExtras(w: World, n: NotificationRecord): Record<string, unknown> {
  const from = w.store.account(n.fromId);
  switch (n.type) {
    case 'severed_relationships': {
      const event: mastodon.v1.RelationshipSeveranceEvent = {
        id: n.id,
        type: 'domain_block',
        purged: false,
        followersCount: 2,
        followingCount: 1,
        targetName: from?.domain ?? 'spam.example',
        createdAt: iso(n.createdAt),
      };
      return { event };
    }
    case 'moderation_warning': {
      const me = w.store.account(n.recipientId);
      if (!me) return {};
      const moderationWarning: mastodon.v1.AccountWarning = {
        id: n.id,
        action: 'none',
        text: 'Please remember to add content warnings to posts about spoilers.',
        statusIds: [],
        targetAccount: renderAccount(w, me),
        appeal: null,
        createdAt: iso(n.createdAt),
      };
      return { moderationWarning };
    }
    case 'admin.report': {
      const r = w.store.reports.find((x) => x.id === n.reportId);
      return r ? { report: renderReport(w, r) } : {};
    }
    default:
      return {};
  }
}

export function renderNotification(
  w: World,
  n: NotificationRecord,
  viewerId: string,
): WireNotification | null {
  const from = w.store.account(n.fromId);
  if (!from) return null;
  let status: WireStatus | undefined;
  if (STATUS_TYPES.has(n.type)) {
    const s = n.statusId ? w.store.status(n.statusId) : undefined;
    if (!s) return null;
    status = renderStatus(w, s, viewerId);
  }
  const base = {
    id: n.id,
    type: n.type,
    createdAt: iso(n.createdAt),
    account: renderAccount(w, from),
    groupKey: n.groupKey,
    ...notificationExtras(w, n),
  };
  // The union of masto's notification shapes is keyed by `type`; the fields above follow it.
  return (status ? { ...base, status } : base) as WireNotification;
}
