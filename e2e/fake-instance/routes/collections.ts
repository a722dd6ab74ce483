import { compareIds } from '../ids';
import { notFound, ok } from '../http/reply';
import { pageLinks, pageParams, paginate } from '../http/paginate';
import { canSee } from '../policy/visibility';
import { renderStatus } from '../render/status';
import { user, type Router } from '../router';
import { renderConversation } from '../services/stream-events';
import type { InteractionRecord } from '../store';
import type { RequestContext } from '../request-context';

/** Bookmarks and favourites page by their own record ids, so only the Link header can continue them. */
function interactionPage(ctx: RequestContext, records: InteractionRecord[]) {
  const w = ctx.world;
  const mine = records
    .filter((r) => r.accountId === ctx.me.id)
    .filter((r) => {
      const s = w.store.status(r.statusId);
      return s !== undefined && canSee(w, ctx.me.id, s);
    })
    .sort((a, b) => compareIds(b.id, a.id));
  const page = paginate(mine, (r) => r.id, pageParams(ctx.query, 20, 40));
  return ok(
    page.map((r) => renderStatus(w, w.store.status(r.statusId)!, ctx.me.id)),
    pageLinks(ctx, page, (r) => r.id),
  );
}

export function registerCollectionRoutes(r: Router): void {
  r.get('/api/v1/bookmarks', user('read:bookmarks'), (ctx) =>
    interactionPage(ctx, ctx.world.store.bookmarks),
  );
  r.get('/api/v1/favourites', user('read:favourites'), (ctx) =>
    interactionPage(ctx, ctx.world.store.favourites),
  );

  r.get('/api/v1/conversations', user('read:statuses'), (ctx) => {
    const w = ctx.world;
    const mine = w.store.conversations
      .filter((c) => c.accountId === ctx.me.id && w.store.status(c.lastStatusId))
      .sort((a, b) => compareIds(b.lastStatusId, a.lastStatusId));
    const page = paginate(mine, (c) => c.lastStatusId, pageParams(ctx.query, 20, 40));
    return ok(
      page.flatMap((c) => {
        const x = renderConversation(w, c);
        return x ? [x] : [];
      }),
      pageLinks(ctx, page, (c) => c.lastStatusId),
    );
  });
  r.post('/api/v1/conversations/:id/read', user('write:conversations'), (ctx) => {
    const c = ctx.world.store.conversations.find(
      (x) => x.id === ctx.param('id') && x.accountId === ctx.me.id,
    );
    const rendered = c ? ((c.unread = false), renderConversation(ctx.world, c)) : null;
    if (!rendered) throw notFound();
    return ok(rendered);
  });
  r.delete('/api/v1/conversations/:id', user('write:conversations'), (ctx) => {
    const before = ctx.world.store.conversations.length;
    ctx.world.store.conversations = ctx.world.store.conversations.filter(
      (x) => !(x.id === ctx.param('id') && x.accountId === ctx.me.id),
    );
    if (ctx.world.store.conversations.length === before) throw notFound();
    return ok({});
  });
}
