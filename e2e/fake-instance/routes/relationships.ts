import type { mastodon } from 'masto';
import { ok, unprocessable } from '../http/reply';
import { bool, int, str } from '../http/params';
import { offsetLinks, pageLinks, pageParams, paginate } from '../http/paginate';
import { byIdDesc, renderAccount } from '../render/account';
import { PUBLIC, user, type Router } from '../router';
import { answerFollowRequest } from '../services/relationships';
import type { RequestContext } from '../request-context';

/** The viewer's own relationship lists: mutes, blocks, follow requests, endorsements, domain blocks, suggestions. */
export function registerRelationshipRoutes(r: Router): void {
  const relationList = (kind: 'mutes' | 'blocks') => (ctx: RequestContext) => {
    const edges = [...(ctx.world.store[kind].get(ctx.me.id) ?? [])]
      .map(([accountId, rec]) => ({ id: rec.id, accountId }))
      .sort(byIdDesc);
    const page = paginate(edges, (e) => e.id, pageParams(ctx.query, 40, 80));
    return ok(
      page.flatMap((e) => {
        const a = ctx.world.store.account(e.accountId);
        return a ? [renderAccount(ctx.world, a)] : [];
      }),
      pageLinks(ctx, page, (e) => e.id),
    );
  };
  r.get('/api/v1/mutes', user('read:mutes'), relationList('mutes'));
  r.get('/api/v1/blocks', user('read:blocks'), relationList('blocks'));

  r.get('/api/v1/follow_requests', user('read:follows'), (ctx) => {
    const w = ctx.world;
    const edges: { id: string; accountId: string }[] = [];
    for (const [from, targets] of w.store.followRequests) {
      const rec = targets.get(ctx.me.id);
      if (rec) edges.push({ id: rec.id, accountId: from });
    }
    edges.sort(byIdDesc);
    const page = paginate(edges, (e) => e.id, pageParams(ctx.query, 40, 80));
    return ok(
      page.flatMap((e) => {
        const a = w.store.account(e.accountId);
        return a ? [renderAccount(w, a)] : [];
      }),
      pageLinks(ctx, page, (e) => e.id),
    );
  });
  r.post('/api/v1/follow_requests/:id/authorize', user('write:follows'), (ctx) =>
    ok(answerFollowRequest(ctx.world, ctx.me.id, ctx.param('id'), true)),
  );
  r.post('/api/v1/follow_requests/:id/reject', user('write:follows'), (ctx) =>
    ok(answerFollowRequest(ctx.world, ctx.me.id, ctx.param('id'), false)),
  );

  r.get('/api/v1/endorsements', user('read:accounts'), (ctx) =>
    ok(
      [...(ctx.world.store.endorsements.get(ctx.me.id) ?? [])].flatMap((id) => {
        const a = ctx.world.store.account(id);
        return a ? [renderAccount(ctx.world, a)] : [];
      }),
    ),
  );

  r.get('/api/v1/domain_blocks', user('read:blocks'), (ctx) =>
    ok([...(ctx.world.store.domainBlocks.get(ctx.me.id) ?? [])]),
  );
  r.post('/api/v1/domain_blocks', user('write:blocks'), (ctx) => {
    const domain = str(ctx.input, 'domain');
    if (!domain) throw unprocessable("Validation failed: Domain can't be blank");
    let set = ctx.world.store.domainBlocks.get(ctx.me.id);
    if (!set) ctx.world.store.domainBlocks.set(ctx.me.id, (set = new Set()));
    set.add(domain.toLowerCase());
    return ok({});
  });
  r.delete('/api/v1/domain_blocks', user('write:blocks'), (ctx) => {
    ctx.world.store.domainBlocks.get(ctx.me.id)?.delete((str(ctx.input, 'domain') ?? '').toLowerCase());
    return ok({});
  });

  r.get('/api/v2/suggestions', user('read'), (ctx) => {
    const w = ctx.world;
    const following = new Set(w.store.followingIds(ctx.me.id));
    const limit = Math.min(int(ctx.query, 'limit') ?? 40, 80);
    const out: mastodon.v1.Suggestion[] = [...w.store.accounts.values()]
      .filter((a) => a.id !== ctx.me.id && !following.has(a.id) && a.discoverable)
      .slice(0, limit)
      .map((a) => ({ source: 'global', sources: ['most_followed'], account: renderAccount(w, a) }));
    return ok(out);
  });

  r.get('/api/v1/directory', PUBLIC, (ctx) => {
    const limit = Math.min(int(ctx.query, 'limit') ?? 40, 80);
    const offset = int(ctx.query, 'offset') ?? 0;
    const local = bool(ctx.query, 'local') ?? false;
    const all = [...ctx.world.store.accounts.values()].filter(
      (a) => a.discoverable && (!local || a.domain === null),
    );
    const page = all.slice(offset, offset + limit);
    return ok(
      page.map((a) => renderAccount(ctx.world, a)),
      offsetLinks(ctx, offset, limit, page.length),
    );
  });
}
