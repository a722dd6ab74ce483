import type { mastodon } from 'masto';
import { iso } from '../clock';
import type { FilterRecord } from '../store';

export function renderFilter(f: FilterRecord): mastodon.v2.Filter {
  return {
    id: f.id,
    title: f.title,
    context: [...f.context],
    expiresAt: f.expiresAt === null ? null : iso(f.expiresAt),
    filterAction: f.action,
    keywords: f.keywords.map((k) => ({ id: k.id, keyword: k.keyword, wholeWord: k.wholeWord })),
    statuses: f.statuses.map((s) => ({ id: s.id, statusId: s.statusId })),
  };
}
