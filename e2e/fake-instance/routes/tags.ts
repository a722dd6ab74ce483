import type { mastodon } from 'masto';
import { compareIds } from '../ids';
import { notFound, ok } from '../http/reply';
import { pageLinks, pageParams, paginate } from '../http/paginate';
import { optional, user, type Router } from '../router';
import { tagUrl } from '../urls';
import type { World } from '../world';

const DAY = 86_400_000;

/** Seven days of use, newest first, as Mastodon's Tag#history. */
export function tagHistory(w: World, name: string): mastodon.v1.TagHistory[] {
  const key = name.toLowerCase();
  const today = Math.floor(w.clock.now() / DAY) * DAY;
  const days = Array.from({ length: 7 }, (_, i) => ({
    day: today - i * DAY,
    uses: 0,
    accounts: new Set<string>(),
  }));
  for (const s of w.store.statuses.values()) {
    if (!s.tags.some((t) => t.toLowerCase() === key)) continue;
    const d = days.find((x) => s.createdAt >= x.day && s.createdAt < x.day + DAY);
    if (!d) continue;
    d.uses++;
    d.accounts.add(s.accountId);
  }
  return days.map((d) => ({
    day: String(d.day / 1000),
    uses: String(d.uses),
    accounts: String(d.accounts.size),
  }));
}

export function renderTag(w: World, name: string, viewerId: string | null): mastodon.v1.Tag {
  const tag: mastodon.v1.Tag = {
    id: w.store.tagId(name, () => w.ids.next('tag')),
    name: name.toLowerCase(),
    url: tagUrl(w, name),
    history: tagHistory(w, name),
  };
  if (viewerId) {
    tag.following = w.store.followedTags.get(viewerId)?.has(name.toLowerCase()) ?? false;
    tag.featuring = false;
  }
  return tag;
}

const VALID_TAG = /^[\p{L}\p{N}_\p{M}·]*[\p{L}_\p{M}][\p{L}\p{N}_\p{M}·]*$/u;

export function registerTagRoutes(r: Router): void {
  r.get('/api/v1/tags/:name', optional(), (ctx) => {
    const name = ctx.param('name');
    if (!VALID_TAG.test(name)) throw notFound();
    return ok(renderTag(ctx.world, name, ctx.viewer?.id ?? null));
  });
  for (const [path, on] of [
    ['follow', true],
    ['unfollow', false],
  ] as const) {
    r.post(`/api/v1/tags/:name/${path}`, user('write:follows'), (ctx) => {
      const name = ctx.param('name');
      if (!VALID_TAG.test(name)) throw notFound();
      const store = ctx.world.store;
      let mine = store.followedTags.get(ctx.me.id);
      if (!mine) store.followedTags.set(ctx.me.id, (mine = new Map()));
      if (on && !mine.has(name.toLowerCase()))
        mine.set(name.toLowerCase(), ctx.world.ids.next('tag_follow', 900));
      if (!on) mine.delete(name.toLowerCase());
      return ok(renderTag(ctx.world, name, ctx.me.id));
    });
  }
  r.get('/api/v1/followed_tags', user('read:follows'), (ctx) => {
    const entries = [...(ctx.world.store.followedTags.get(ctx.me.id) ?? [])]
      .map(([name, id]) => ({ name, id }))
      .sort((a, b) => compareIds(b.id, a.id));
    const page = paginate(entries, (e) => e.id, pageParams(ctx.query, 100, 200));
    return ok(
      page.map((e) => renderTag(ctx.world, e.name, ctx.me.id)),
      pageLinks(ctx, page, (e) => e.id),
    );
  });
  r.get('/api/v1/featured_tags', user('read:accounts'), () => ok([]));
  r.get('/api/v1/featured_tags/suggestions', user('read:accounts'), () => ok([]));
}
