import type { mastodon } from 'masto';
import { iso } from '../clock';
import { notFound, ok } from '../http/reply';
import { optional, user, type Router } from '../router';

export function registerPreferenceRoutes(r: Router): void {
  r.get('/api/v1/preferences', user('read:accounts'), (ctx) => {
    const prefs: mastodon.v1.Preference = {
      'posting:default:visibility': ctx.me.privacy,
      'posting:default:sensitive': ctx.me.sensitiveByDefault,
      'posting:default:language': ctx.me.language,
      'reading:expand:media': 'default',
      'reading:expand:spoilers': false,
      'reading:autoplay:gifs': true,
    };
    return ok(prefs);
  });

  r.get('/api/v1/announcements', optional(), (ctx) => {
    const viewerId = ctx.viewer?.id;
    const list: mastodon.v1.Announcement[] = ctx.world.store.announcements
      .filter((a) => !viewerId || !a.dismissedBy.has(viewerId))
      .map((a) => ({
        id: a.id,
        content: a.content,
        startsAt: iso(a.publishedAt),
        endsAt: iso(a.publishedAt + 30 * 86_400_000),
        allDay: false,
        publishedAt: iso(a.publishedAt),
        updatedAt: iso(a.publishedAt),
        mentions: [],
        statuses: [],
        tags: [],
        emojis: [],
        reactions: [],
        ...(viewerId ? { read: false } : {}),
      }));
    return ok(list);
  });
  r.post('/api/v1/announcements/:id/dismiss', user('write:accounts'), (ctx) => {
    const a = ctx.world.store.announcements.find((x) => x.id === ctx.param('id'));
    if (!a) throw notFound();
    a.dismissedBy.add(ctx.me.id);
    return ok({});
  });
}
