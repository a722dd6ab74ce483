import { notFound, ok, unprocessable } from '../http/reply';
import { bool, str, strList } from '../http/params';
import { renderReport } from '../render/notification';
import { user, type Router } from '../router';
import { notify } from '../services/notify';
import type { ReportRecord } from '../store';
import type { mastodon } from 'masto';

const CATEGORIES: mastodon.v1.ReportCategory[] = ['spam', 'violation', 'legal', 'other'];

export function registerReportRoutes(r: Router): void {
  r.post('/api/v1/reports', user('write:reports'), (ctx) => {
    const w = ctx.world;
    const p = ctx.input;
    const target = w.store.account(str(p, 'account_id') ?? '');
    if (!target) throw notFound();
    const category = str(p, 'category') ?? 'other';
    if (!(CATEGORIES as string[]).includes(category))
      throw unprocessable('Validation failed: Category is not included in the list');
    const comment = str(p, 'comment') ?? '';
    if ([...comment].length > 1000)
      throw unprocessable('Validation failed: Comment is too long (maximum is 1000 characters)');
    const report: ReportRecord = {
      id: w.ids.next('report', 40),
      reporterId: ctx.me.id,
      targetId: target.id,
      statusIds: strList(p, 'status_ids'),
      ruleIds: strList(p, 'rule_ids'),
      comment,
      category: category as mastodon.v1.ReportCategory,
      forwarded: bool(p, 'forward') ?? false,
      createdAt: w.clock.now(),
    };
    w.store.reports.push(report);
    // Moderators hear about it: admin.report notifications to local admins.
    for (const admin of w.store.localAccounts().filter((a) => a.admin && a.id !== ctx.me.id)) {
      notify(w, { recipientId: admin.id, type: 'admin.report', fromId: ctx.me.id, reportId: report.id });
    }
    return ok(renderReport(w, report));
  });
}
