import type { mastodon } from 'masto';
import { ok } from '../http/reply';
import { int } from '../http/params';
import { offsetLinks } from '../http/paginate';
import { renderCard } from '../render/card';
import { renderStatus } from '../render/status';
import { PUBLIC, optional, type Router } from '../router';
import type { StatusRecord } from '../store';
import type { RequestContext } from '../request-context';
import type { World } from '../world';
import { renderTag, tagHistory } from './tags';

const RECENT = 3 * 86_400_000;

function recentPublic(w: World): StatusRecord[] {
  const since = w.clock.now() - RECENT;
  return [...w.store.statuses.values()].filter(
    (s) => s.visibility === 'public' && !s.reblogOfId && s.createdAt >= since,
  );
}

function window(
  ctx: RequestContext,
  defaultLimit: number,
  maxLimit: number,
): { offset: number; limit: number } {
  return {
    offset: int(ctx.query, 'offset') ?? 0,
    limit: Math.min(int(ctx.query, 'limit') ?? defaultLimit, maxLimit),
  };
}

/** Trends are computed from recent public posts: tag use, engagement, shared links. */
export function registerTrendRoutes(r: Router): void {
  const tags = (ctx: RequestContext) => {
    const counts = new Map<string, { name: string; accounts: Set<string> }>();
    for (const s of recentPublic(ctx.world)) {
      for (const t of s.tags) {
        const e = counts.get(t.toLowerCase()) ?? { name: t, accounts: new Set<string>() };
        e.accounts.add(s.accountId);
        counts.set(t.toLowerCase(), e);
      }
    }
    const { offset, limit } = window(ctx, 10, 20);
    const ranked = [...counts.values()].sort(
      (a, b) => b.accounts.size - a.accounts.size || a.name.localeCompare(b.name),
    );
    const page = ranked
      .slice(offset, offset + limit)
      .map((e) => renderTag(ctx.world, e.name, ctx.viewer?.id ?? null));
    return ok(page, offsetLinks(ctx, offset, limit, page.length));
  };
  r.get('/api/v1/trends/tags', optional(), tags);
  r.get('/api/v1/trends', optional(), tags);

  r.get('/api/v1/trends/statuses', optional(), (ctx) => {
    const w = ctx.world;
    const score = (s: StatusRecord): number =>
      w.store.favouriteCount(s.id) +
      s.extraFavourites +
      2 * (w.store.reblogsOf(s.id).length + s.extraReblogs);
    const { offset, limit } = window(ctx, 20, 40);
    const page = recentPublic(w)
      .sort((a, b) => score(b) - score(a))
      .slice(offset, offset + limit)
      .map((s) => renderStatus(w, s, ctx.viewer?.id ?? null));
    return ok(page, offsetLinks(ctx, offset, limit, page.length));
  });

  r.get('/api/v1/trends/links', PUBLIC, (ctx) => {
    const byUrl = new Map<string, { card: mastodon.v1.PreviewCard; uses: number }>();
    for (const s of recentPublic(ctx.world)) {
      if (!s.card) continue;
      const e = byUrl.get(s.card.url) ?? { card: renderCard(s.card), uses: 0 };
      e.uses++;
      byUrl.set(s.card.url, e);
    }
    const { offset, limit } = window(ctx, 10, 20);
    const page: mastodon.v1.TrendLink[] = [...byUrl.values()]
      .sort((a, b) => b.uses - a.uses)
      .slice(offset, offset + limit)
      .map((e) => ({
        ...e.card,
        history: tagHistory(ctx.world, '__none__').map((h, i) =>
          i === 0 ? { ...h, uses: String(e.uses), accounts: String(e.uses) } : h,
        ),
      }));
    return ok(page, offsetLinks(ctx, offset, limit, page.length));
  });
}
