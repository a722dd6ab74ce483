import { notFound, ok } from '../http/reply';
import { bool, strList } from '../http/params';
import { pageLinks, pageParams, paginate } from '../http/paginate';
import { inHome, inList, inPublic, inTag } from '../policy/feeds';
import { renderStatus } from '../render/status';
import { optional, user, type Router } from '../router';
import type { StatusRecord } from '../store';
import type { RequestContext } from '../request-context';

function statusPage(ctx: RequestContext, include: (s: StatusRecord) => boolean) {
  const w = ctx.world;
  const pp = pageParams(ctx.query, 20, 40);
  const candidates = (function* () {
    for (const s of w.store.statusesDesc()) if (include(s)) yield s;
  })();
  const page = paginate(candidates, (s) => s.id, pp);
  return ok(
    page.map((s) => renderStatus(w, s, ctx.viewer?.id ?? null)),
    pageLinks(ctx, page, (s) => s.id),
  );
}

export function registerTimelineRoutes(r: Router): void {
  r.get('/api/v1/timelines/home', user('read:statuses'), (ctx) =>
    statusPage(ctx, (s) => inHome(ctx.world, ctx.me.id, s)),
  );

  r.get('/api/v1/timelines/public', optional('read:statuses'), (ctx) => {
    const o = {
      local: bool(ctx.query, 'local') ?? false,
      remote: bool(ctx.query, 'remote') ?? false,
      onlyMedia: bool(ctx.query, 'only_media') ?? false,
    };
    return statusPage(ctx, (s) => inPublic(ctx.world, ctx.viewer?.id ?? null, s, o));
  });

  r.get('/api/v1/timelines/tag/:hashtag', optional('read:statuses'), (ctx) => {
    const o = {
      local: bool(ctx.query, 'local') ?? false,
      remote: bool(ctx.query, 'remote') ?? false,
      onlyMedia: bool(ctx.query, 'only_media') ?? false,
      any: strList(ctx.query, 'any'),
      all: strList(ctx.query, 'all'),
      none: strList(ctx.query, 'none'),
    };
    const tag = ctx.param('hashtag').replace(/^#/, '');
    return statusPage(ctx, (s) => inTag(ctx.world, ctx.viewer?.id ?? null, tag, s, o));
  });

  r.get('/api/v1/timelines/list/:id', user('read:lists'), (ctx) => {
    const list = ctx.world.store.lists.get(ctx.param('id'));
    if (!list || list.ownerId !== ctx.me.id) throw notFound();
    return statusPage(ctx, (s) => inList(ctx.world, list, s));
  });

  r.get('/api/v1/timelines/direct', user('read:statuses'), (ctx) =>
    statusPage(
      ctx,
      (s) => s.visibility === 'direct' && (s.accountId === ctx.me.id || s.mentionIds.includes(ctx.me.id)),
    ),
  );
}
