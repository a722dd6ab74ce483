import { notFound, ok, raw } from '../http/reply';
import { str } from '../http/params';
import { PUBLIC, type Router } from '../router';
import { accountUri, accountUrl } from '../urls';
import { LEGACY_VERSION, VERSION } from './instance';

/** WebFinger and NodeInfo, which clients use to discover accounts and server software. */
export function registerDiscoveryRoutes(r: Router): void {
  r.get('/.well-known/webfinger', PUBLIC, (ctx) => {
    const w = ctx.world;
    const resource = (str(ctx.query, 'resource') ?? '').replace(/^acct:/, '');
    const a = w.store.accountByAcct(resource, w.domain);
    if (!a || a.domain !== null) throw notFound();
    return ok({
      subject: `acct:${a.username}@${w.domain}`,
      aliases: [accountUrl(w, a), accountUri(w, a)],
      links: [
        { rel: 'http://webfinger.net/rel/profile-page', type: 'text/html', href: accountUrl(w, a) },
        { rel: 'self', type: 'application/activity+json', href: accountUri(w, a) },
      ],
    });
  });
  r.get('/.well-known/nodeinfo', PUBLIC, (ctx) =>
    ok({
      links: [
        { rel: 'http://nodeinfo.diaspora.software/ns/schema/2.0', href: `${ctx.world.origin}/nodeinfo/2.0` },
      ],
    }),
  );
  r.get('/nodeinfo/2.0', PUBLIC, (ctx) => {
    const w = ctx.world;
    const users = w.store.localAccounts().length;
    return raw({
      version: '2.0',
      software: { name: 'mastodon', version: w.legacy ? LEGACY_VERSION : VERSION },
      protocols: ['activitypub'],
      services: { outbound: [], inbound: [] },
      usage: {
        users: { total: users, activeMonth: users, activeHalfyear: users },
        localPosts: w.store.statuses.size,
      },
      openRegistrations: false,
      metadata: { nodeName: w.title },
    });
  });
}
