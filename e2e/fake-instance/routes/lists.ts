import type { mastodon } from 'masto';
import { notFound, ok, unprocessable } from '../http/reply';
import { bool, str, strList } from '../http/params';
import { compareIds } from '../ids';
import { pageLinks, pageParams, paginate } from '../http/paginate';
import { renderAccount } from '../render/account';
import { renderList } from '../render/list';
import { user, type Router } from '../router';
import type { ListRecord } from '../store';
import type { RequestContext } from '../request-context';

const POLICIES: mastodon.v1.ListRepliesPolicy[] = ['followed', 'list', 'none'];

function ownList(ctx: RequestContext): ListRecord {
  const l = ctx.world.store.lists.get(ctx.param('id'));
  if (!l || l.ownerId !== ctx.me.id) throw notFound();
  return l;
}

function applyAttributes(ctx: RequestContext, l: ListRecord): void {
  const title = str(ctx.input, 'title');
  if (title !== undefined) {
    if (title.trim() === '') throw unprocessable("Validation failed: Title can't be blank");
    l.title = title;
  }
  const policy = str(ctx.input, 'replies_policy');
  if (policy !== undefined) {
    if (!POLICIES.includes(policy as mastodon.v1.ListRepliesPolicy))
      throw unprocessable('Validation failed: Replies policy is not included in the list');
    l.repliesPolicy = policy as mastodon.v1.ListRepliesPolicy;
  }
  l.exclusive = bool(ctx.input, 'exclusive') ?? l.exclusive;
}

export function registerListRoutes(r: Router): void {
  r.get('/api/v1/lists', user('read:lists'), (ctx) =>
    ok([...ctx.world.store.lists.values()].filter((l) => l.ownerId === ctx.me.id).map(renderList)),
  );
  r.post('/api/v1/lists', user('write:lists'), (ctx) => {
    if (!str(ctx.input, 'title')?.trim()) throw unprocessable("Validation failed: Title can't be blank");
    const l: ListRecord = {
      id: ctx.world.ids.next('list', 1),
      ownerId: ctx.me.id,
      title: '',
      repliesPolicy: 'list',
      exclusive: false,
      members: new Set(),
    };
    applyAttributes(ctx, l);
    ctx.world.store.lists.set(l.id, l);
    return ok(renderList(l));
  });
  r.get('/api/v1/lists/:id', user('read:lists'), (ctx) => ok(renderList(ownList(ctx))));
  r.put('/api/v1/lists/:id', user('write:lists'), (ctx) => {
    const l = ownList(ctx);
    applyAttributes(ctx, l);
    return ok(renderList(l));
  });
  r.delete('/api/v1/lists/:id', user('write:lists'), (ctx) => {
    ctx.world.store.lists.delete(ownList(ctx).id);
    return ok({});
  });
  r.get('/api/v1/lists/:id/accounts', user('read:lists'), (ctx) => {
    const l = ownList(ctx);
    const members = [...l.members].sort((a, b) => compareIds(b, a)).map((id) => ({ id }));
    const page = paginate(members, (m) => m.id, pageParams(ctx.query, 40, 80));
    return ok(
      page.flatMap((m) => {
        const a = ctx.world.store.account(m.id);
        return a ? [renderAccount(ctx.world, a)] : [];
      }),
      pageLinks(ctx, page, (m) => m.id),
    );
  });
  r.post('/api/v1/lists/:id/accounts', user('write:lists'), (ctx) => {
    const l = ownList(ctx);
    const ids = strList(ctx.input, 'account_ids');
    // Only followed accounts can be listed (Mastodon answers 404 otherwise).
    for (const id of ids) if (!ctx.world.store.isFollowing(ctx.me.id, id)) throw notFound();
    for (const id of ids) l.members.add(id);
    return ok({});
  });
  r.delete('/api/v1/lists/:id/accounts', user('write:lists'), (ctx) => {
    const l = ownList(ctx);
    for (const id of strList(ctx.input, 'account_ids')) l.members.delete(id);
    return ok({});
  });
}
