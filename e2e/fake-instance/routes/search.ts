import type { mastodon } from 'masto';
import { ok } from '../http/reply';
import { bool, int, str } from '../http/params';
import { searchableText } from '../policy/filter-match';
import { canSee } from '../policy/visibility';
import { renderAccount } from '../render/account';
import { renderStatus } from '../render/status';
import type { WireStatus } from '../render/types';
import { optional, type Router } from '../router';
import { resolveRemoteAccount, resolveRemoteStatus } from '../services/federation';
import type { AccountRecord, StatusRecord } from '../store';
import { statusUri, statusUrl } from '../urls';
import type { RequestContext } from '../request-context';
import { searchAccounts } from './accounts';
import { renderTag } from './tags';

async function findStatuses(
  ctx: RequestContext,
  q: string,
  resolve: boolean,
  limit: number,
  offset: number,
): Promise<StatusRecord[]> {
  const w = ctx.world;
  const viewerId = ctx.viewer?.id ?? null;
  if (/^https?:\/\//.test(q)) {
    const byUrl = [...w.store.statuses.values()].find((s) => {
      const author = w.store.account(s.accountId)!;
      return statusUrl(w, s, author) === q || statusUri(w, s, author) === q;
    });
    const found = byUrl ?? (resolve && viewerId ? await resolveRemoteStatus(w, q) : undefined);
    return found && canSee(w, viewerId, found) ? [found] : [];
  }
  // Full-text search needs a signed-in user, as on Mastodon.
  if (!viewerId) return [];
  const needle = q.toLowerCase();
  const out: StatusRecord[] = [];
  for (const s of w.store.statusesDesc()) {
    if (s.reblogOfId || s.visibility === 'direct' || !canSee(w, viewerId, s)) continue;
    if (searchableText(w, s).toLowerCase().includes(needle)) out.push(s);
    if (out.length >= offset + limit) break;
  }
  return out.slice(offset);
}

async function findAccounts(
  ctx: RequestContext,
  q: string,
  resolve: boolean,
  limit: number,
  offset: number,
): Promise<AccountRecord[]> {
  const exact = /^@?[a-zA-Z0-9_.-]+@[^\s@]+$/.test(q);
  if (exact) {
    const known = ctx.world.store.accountByAcct(q, ctx.world.domain);
    if (known) return [known];
    const remote = resolve && ctx.viewer ? await resolveRemoteAccount(ctx.world, q) : undefined;
    return remote ? [remote] : [];
  }
  return searchAccounts(ctx, q, { following: bool(ctx.query, 'following') ?? false, limit, offset });
}

function findTags(ctx: RequestContext, q: string, limit: number, offset: number): mastodon.v1.Tag[] {
  const needle = q.replace(/^#/, '').toLowerCase();
  if (!needle || /\s/.test(needle)) return [];
  const names = new Map<string, string>();
  for (const s of ctx.world.store.statuses.values()) {
    for (const t of s.tags)
      if (t.toLowerCase().startsWith(needle) && !names.has(t.toLowerCase())) names.set(t.toLowerCase(), t);
  }
  if (!names.has(needle) && /^[\p{L}\p{N}_]+$/u.test(needle)) names.set(needle, needle);
  return [...names.values()]
    .sort(
      (a, b) => Number(b.toLowerCase() === needle) - Number(a.toLowerCase() === needle) || a.localeCompare(b),
    )
    .slice(offset, offset + limit)
    .map((t) => renderTag(ctx.world, t, ctx.viewer?.id ?? null));
}

export function registerSearchRoutes(r: Router): void {
  r.get('/api/v2/search', optional('read:search'), async (ctx) => {
    const q = (str(ctx.query, 'q') ?? '').trim();
    const type = str(ctx.query, 'type');
    const resolve = bool(ctx.query, 'resolve') ?? false;
    const limit = Math.min(int(ctx.query, 'limit') ?? 20, 40);
    const offset = ctx.viewer ? (int(ctx.query, 'offset') ?? 0) : 0;
    const result: { accounts: mastodon.v1.Account[]; statuses: WireStatus[]; hashtags: mastodon.v1.Tag[] } = {
      accounts: [],
      statuses: [],
      hashtags: [],
    };
    if (q) {
      if (!type || type === 'accounts')
        result.accounts = (await findAccounts(ctx, q, resolve, limit, offset)).map((a) =>
          renderAccount(ctx.world, a),
        );
      if (!type || type === 'statuses') {
        result.statuses = (await findStatuses(ctx, q, resolve, limit, offset)).map((s) =>
          renderStatus(ctx.world, s, ctx.viewer?.id ?? null),
        );
      }
      if (!type || type === 'hashtags') result.hashtags = findTags(ctx, q, limit, offset);
    }
    return ok(result);
  });
}
