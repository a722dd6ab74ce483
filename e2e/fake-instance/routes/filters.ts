import type { mastodon } from 'masto';
import { notFound, ok, unprocessable } from '../http/reply';
import { bool, int, list, str, strList, type Params } from '../http/params';
import { renderFilter } from '../render/filter';
import { user, type Router } from '../router';
import { publishFiltersChanged } from '../services/stream-events';
import type { FilterRecord } from '../store';
import type { RequestContext } from '../request-context';

const CONTEXTS: mastodon.v2.FilterContext[] = ['home', 'notifications', 'public', 'thread', 'account'];
const ACTIONS: mastodon.v2.FilterAction[] = ['warn', 'hide', 'blur'];

function ownFilter(ctx: RequestContext, id = ctx.param('id')): FilterRecord {
  const f = ctx.world.store.filters.get(id);
  if (!f || f.ownerId !== ctx.me.id) throw notFound();
  return f;
}

/** Applies v2 filter attributes, including nested `keywords_attributes` (with `id` and `_destroy`). */
function applyFilter(ctx: RequestContext, f: FilterRecord, p: Params, creating: boolean): void {
  const title = str(p, 'title');
  if (title !== undefined) f.title = title;
  if (creating && !f.title.trim()) throw unprocessable("Validation failed: Title can't be blank");
  if (p['context'] !== undefined) {
    const context = strList(p, 'context').filter((c): c is mastodon.v2.FilterContext =>
      (CONTEXTS as string[]).includes(c),
    );
    if (context.length === 0)
      throw unprocessable(
        "Validation failed: Context can't be blank, Context None or invalid context supplied",
      );
    f.context = context;
  } else if (creating) throw unprocessable("Validation failed: Context can't be blank");
  const action = str(p, 'filter_action');
  if (action !== undefined) {
    if (!(ACTIONS as string[]).includes(action))
      throw unprocessable('Validation failed: Filter action is not included in the list');
    f.action = action as mastodon.v2.FilterAction;
  }
  if (p['expires_in'] !== undefined) {
    const seconds = int(p, 'expires_in');
    f.expiresAt = seconds ? ctx.world.clock.now() + seconds * 1000 : null;
  }
  for (const raw of list(p, 'keywords_attributes')) {
    if (!raw || typeof raw !== 'object') continue;
    const k = raw as Params;
    const id = str(k, 'id');
    if (id && (bool(k, '_destroy') ?? false)) {
      f.keywords = f.keywords.filter((x) => x.id !== id);
      continue;
    }
    const existing = id ? f.keywords.find((x) => x.id === id) : undefined;
    const keyword = str(k, 'keyword');
    if (existing) {
      if (keyword !== undefined) existing.keyword = keyword;
      existing.wholeWord = bool(k, 'whole_word') ?? existing.wholeWord;
    } else if (keyword) {
      f.keywords.push({
        id: ctx.world.ids.next('filter_keyword', 50),
        keyword,
        wholeWord: bool(k, 'whole_word') ?? true,
      });
    }
  }
}

export function registerFilterRoutes(r: Router): void {
  const mine = (ctx: RequestContext): FilterRecord[] =>
    [...ctx.world.store.filters.values()].filter((f) => f.ownerId === ctx.me.id);
  const changed = (ctx: RequestContext): void => publishFiltersChanged(ctx.world, ctx.me.id);

  r.get('/api/v2/filters', user('read:filters'), (ctx) => ok(mine(ctx).map(renderFilter)));
  r.post('/api/v2/filters', user('write:filters'), (ctx) => {
    const f: FilterRecord = {
      id: ctx.world.ids.next('filter', 10),
      ownerId: ctx.me.id,
      title: '',
      context: [],
      action: 'warn',
      expiresAt: null,
      keywords: [],
      statuses: [],
    };
    applyFilter(ctx, f, ctx.input, true);
    ctx.world.store.filters.set(f.id, f);
    changed(ctx);
    return ok(renderFilter(f));
  });
  r.get('/api/v2/filters/keywords/:id', user('read:filters'), (ctx) => {
    for (const f of mine(ctx)) {
      const k = f.keywords.find((x) => x.id === ctx.param('id'));
      if (k) return ok({ id: k.id, keyword: k.keyword, wholeWord: k.wholeWord });
    }
    throw notFound();
  });
  r.put('/api/v2/filters/keywords/:id', user('write:filters'), (ctx) => {
    for (const f of mine(ctx)) {
      const k = f.keywords.find((x) => x.id === ctx.param('id'));
      if (!k) continue;
      k.keyword = str(ctx.input, 'keyword') ?? k.keyword;
      k.wholeWord = bool(ctx.input, 'whole_word') ?? k.wholeWord;
      changed(ctx);
      return ok({ id: k.id, keyword: k.keyword, wholeWord: k.wholeWord });
    }
    throw notFound();
  });
  r.delete('/api/v2/filters/keywords/:id', user('write:filters'), (ctx) => {
    for (const f of mine(ctx)) {
      if (!f.keywords.some((x) => x.id === ctx.param('id'))) continue;
      f.keywords = f.keywords.filter((x) => x.id !== ctx.param('id'));
      changed(ctx);
      return ok({});
    }
    throw notFound();
  });
  r.get('/api/v2/filters/statuses/:id', user('read:filters'), (ctx) => {
    for (const f of mine(ctx)) {
      const s = f.statuses.find((x) => x.id === ctx.param('id'));
      if (s) return ok({ id: s.id, statusId: s.statusId });
    }
    throw notFound();
  });
  r.delete('/api/v2/filters/statuses/:id', user('write:filters'), (ctx) => {
    for (const f of mine(ctx)) {
      if (!f.statuses.some((x) => x.id === ctx.param('id'))) continue;
      f.statuses = f.statuses.filter((x) => x.id !== ctx.param('id'));
      changed(ctx);
      return ok({});
    }
    throw notFound();
  });
  r.get('/api/v2/filters/:id', user('read:filters'), (ctx) => ok(renderFilter(ownFilter(ctx))));
  r.put('/api/v2/filters/:id', user('write:filters'), (ctx) => {
    const f = ownFilter(ctx);
    applyFilter(ctx, f, ctx.input, false);
    changed(ctx);
    return ok(renderFilter(f));
  });
  r.delete('/api/v2/filters/:id', user('write:filters'), (ctx) => {
    ctx.world.store.filters.delete(ownFilter(ctx).id);
    changed(ctx);
    return ok({});
  });
  r.get('/api/v2/filters/:id/keywords', user('read:filters'), (ctx) =>
    ok(ownFilter(ctx).keywords.map((k) => ({ id: k.id, keyword: k.keyword, wholeWord: k.wholeWord }))),
  );
  r.post('/api/v2/filters/:id/keywords', user('write:filters'), (ctx) => {
    const f = ownFilter(ctx);
    const keyword = str(ctx.input, 'keyword');
    if (!keyword) throw unprocessable("Validation failed: Keyword can't be blank");
    const k = {
      id: ctx.world.ids.next('filter_keyword', 50),
      keyword,
      wholeWord: bool(ctx.input, 'whole_word') ?? true,
    };
    f.keywords.push(k);
    changed(ctx);
    return ok(k);
  });
  r.get('/api/v2/filters/:id/statuses', user('read:filters'), (ctx) =>
    ok(ownFilter(ctx).statuses.map((s) => ({ id: s.id, statusId: s.statusId }))),
  );
  r.post('/api/v2/filters/:id/statuses', user('write:filters'), (ctx) => {
    const f = ownFilter(ctx);
    const statusId = str(ctx.input, 'status_id');
    if (!statusId || !ctx.world.store.status(statusId)) throw notFound();
    const s = { id: ctx.world.ids.next('filter_status', 70), statusId };
    f.statuses.push(s);
    changed(ctx);
    return ok(s);
  });

  // v1 filters are read-only here: one legacy filter per keyword.
  r.get('/api/v1/filters', user('read:filters'), (ctx) =>
    ok(
      mine(ctx).flatMap((f) =>
        f.keywords.map((k) => ({
          id: k.id,
          phrase: k.keyword,
          context: f.context,
          expiresAt: f.expiresAt === null ? null : new Date(f.expiresAt).toISOString(),
          irreversible: f.action === 'hide',
          wholeWord: k.wholeWord,
        })),
      ),
    ),
  );
}
