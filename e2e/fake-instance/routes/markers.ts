import type { mastodon } from 'masto';
import { iso } from '../clock';
import { ok } from '../http/reply';
import { obj, str, strList } from '../http/params';
import { user, type Router } from '../router';
import type { MarkerRecord } from '../store';

const TIMELINES: mastodon.v1.MarkerTimeline[] = ['home', 'notifications'];

const render = (m: MarkerRecord): mastodon.v1.MarkerItem => ({
  lastReadId: m.lastReadId,
  version: m.version,
  updatedAt: iso(m.updatedAt),
});

/**
 * Read positions. Each write bumps `version`; Mastodon answers 409 when two writes race (optimistic
 * locking). Tests provoke that with `admin.failNext({ status: 409, path: '/api/v1/markers' })`.
 */
export function registerMarkerRoutes(r: Router): void {
  r.get('/api/v1/markers', user('read:statuses'), (ctx) => {
    const mine = ctx.world.store.markers.get(ctx.me.id) ?? {};
    const out: Partial<mastodon.v1.Marker> = {};
    for (const t of strList(ctx.query, 'timeline')) {
      const m = mine[t as mastodon.v1.MarkerTimeline];
      if (m && TIMELINES.includes(t as mastodon.v1.MarkerTimeline))
        out[t as mastodon.v1.MarkerTimeline] = render(m);
    }
    return ok(out);
  });

  r.post('/api/v1/markers', user('write:statuses'), (ctx) => {
    const store = ctx.world.store;
    let mine = store.markers.get(ctx.me.id);
    if (!mine) store.markers.set(ctx.me.id, (mine = {}));
    const out: Partial<mastodon.v1.Marker> = {};
    for (const t of TIMELINES) {
      const lastReadId = str(obj(ctx.input, t) ?? {}, 'last_read_id');
      if (!lastReadId) continue;
      const prev = mine[t];
      const next: MarkerRecord = {
        lastReadId,
        version: (prev?.version ?? -1) + 1,
        updatedAt: ctx.world.clock.now(),
      };
      mine[t] = next;
      out[t] = render(next);
    }
    return ok(out);
  });
}
