import { escapeHtml, shortenedLink } from '../format/status-html';
import { notFound, ok, unprocessable } from '../http/reply';
import { bool, file, int, list, str, strList, type Params } from '../http/params';
import { pageLinks, pageParams, paginate } from '../http/paginate';
import { canSee, hasMedia } from '../policy/visibility';
import { hashString } from '../generator/prng';
import { byIdDesc, renderAccount, renderCredentialAccount } from '../render/account';
import { renderStatus } from '../render/status';
import { renderList } from '../render/list';
import { PUBLIC, optional, user, type Router } from '../router';
import { composeHtml } from '../services/compose';
import { block, follow, mute, renderRelationship, unfollow } from '../services/relationships';
import { isVisibility } from '../services/status-input';
import type { AccountRecord } from '../store';
import type { RequestContext } from '../request-context';

function accountOr404(ctx: RequestContext, id = ctx.param('id')): AccountRecord {
  const a = ctx.world.store.account(id);
  if (!a) throw notFound();
  return a;
}

/** Profile field values: links become Mastodon's shortened links with rel="me". */
function fieldHtml(value: string): string {
  const trimmed = value.trim();
  if (/^https?:\/\/\S+$/.test(trimmed))
    return shortenedLink(trimmed).replace('rel="nofollow noopener"', 'rel="nofollow noopener me"');
  return escapeHtml(value);
}

export function noteToHtml(ctx: RequestContext, note: string): string {
  return note.trim() === '' ? '' : composeHtml(ctx.world, note).html;
}

function matchesQuery(a: AccountRecord, q: string): boolean {
  const needle = q.replace(/^@/, '').toLowerCase();
  const [username, domain] = needle.split('@') as [string, string | undefined];
  if (domain && a.domain?.toLowerCase() !== domain) return false;
  return a.username.toLowerCase().startsWith(username) || a.displayName.toLowerCase().includes(username);
}

export function searchAccounts(
  ctx: RequestContext,
  q: string,
  o: { following?: boolean; limit: number; offset: number },
): AccountRecord[] {
  const store = ctx.world.store;
  return [...store.accounts.values()]
    .filter((a) => matchesQuery(a, q))
    .filter((a) => !o.following || (ctx.viewer && store.isFollowing(ctx.viewer.id, a.id)))
    .sort(
      (a, b) => Number(b.domain === null) - Number(a.domain === null) || a.username.localeCompare(b.username),
    )
    .slice(o.offset, o.offset + o.limit);
}

function updateCredentials(ctx: RequestContext, p: Params): void {
  const me = ctx.me;
  const displayName = str(p, 'display_name');
  if (displayName !== undefined) {
    if ([...displayName].length > 30)
      throw unprocessable('Validation failed: Display name is too long (maximum is 30 characters)');
    me.displayName = displayName;
  }
  const note = str(p, 'note');
  if (note !== undefined) {
    if ([...note].length > 500)
      throw unprocessable('Validation failed: Note is too long (maximum is 500 characters)');
    me.note = note;
    me.noteHtml = noteToHtml(ctx, note);
  }
  me.locked = bool(p, 'locked') ?? me.locked;
  me.bot = bool(p, 'bot') ?? me.bot;
  me.discoverable = bool(p, 'discoverable') ?? me.discoverable;
  const source = p['source'];
  if (source && typeof source === 'object' && !Array.isArray(source)) {
    const src = source as Params;
    const privacy = str(src, 'privacy');
    if (isVisibility(privacy)) me.privacy = privacy;
    me.sensitiveByDefault = bool(src, 'sensitive') ?? me.sensitiveByDefault;
    me.language = str(src, 'language') ?? me.language;
  }
  const fields = list(p, 'fields_attributes');
  if (fields.length) {
    me.fields = fields.slice(0, 4).flatMap((f) => {
      if (!f || typeof f !== 'object') return [];
      const name = str(f as Params, 'name') ?? '';
      const value = str(f as Params, 'value') ?? '';
      return name || value ? [{ name, value: fieldHtml(value), verifiedAt: null }] : [];
    });
  }
  for (const kind of ['avatar', 'header'] as const) {
    const upload = file(p, kind);
    if (!upload) continue;
    if (!upload.type.startsWith('image/'))
      throw unprocessable(`Validation failed: ${kind} content type is invalid`);
    me[kind === 'avatar' ? 'avatarUpload' : 'headerUpload'] = { type: upload.type, data: upload.data };
    me.look = hashString(upload.data.toString('base64').slice(0, 4096)) % 1_000_000;
  }
}

export function registerAccountRoutes(r: Router): void {
  r.get('/api/v1/accounts/verify_credentials', user('read:accounts|profile'), (ctx) =>
    ok(renderCredentialAccount(ctx.world, ctx.me)),
  );

  r.patch('/api/v1/accounts/update_credentials', user('write:accounts'), (ctx) => {
    updateCredentials(ctx, ctx.input);
    return ok(renderCredentialAccount(ctx.world, ctx.me));
  });

  r.get('/api/v1/accounts/lookup', PUBLIC, (ctx) => {
    const a = ctx.world.store.accountByAcct(str(ctx.query, 'acct') ?? '', ctx.world.domain);
    if (!a) throw notFound();
    return ok(renderAccount(ctx.world, a));
  });

  r.get('/api/v1/accounts/relationships', user('read:follows'), (ctx) =>
    ok(
      strList(ctx.query, 'id')
        .filter((id) => ctx.world.store.account(id))
        .map((id) => renderRelationship(ctx.world, ctx.me.id, id)),
    ),
  );

  r.get('/api/v1/accounts/familiar_followers', user('read:follows'), (ctx) =>
    ok(
      strList(ctx.query, 'id').map((id) => {
        const mine = new Set(ctx.world.store.followingIds(ctx.me.id));
        const accounts = ctx.world.store
          .followerIds(id)
          .filter((f) => mine.has(f))
          .flatMap((f) => {
            const a = ctx.world.store.account(f);
            return a ? [renderAccount(ctx.world, a)] : [];
          });
        return { id, accounts };
      }),
    ),
  );

  r.get('/api/v1/accounts/search', user('read:accounts'), (ctx) => {
    const limit = Math.min(int(ctx.query, 'limit') ?? 40, 80);
    const offset = int(ctx.query, 'offset') ?? 0;
    const found = searchAccounts(ctx, str(ctx.query, 'q') ?? '', {
      following: bool(ctx.query, 'following') ?? false,
      limit,
      offset,
    });
    return ok(found.map((a) => renderAccount(ctx.world, a)));
  });

  r.get('/api/v1/accounts', PUBLIC, (ctx) =>
    ok(
      strList(ctx.query, 'id').flatMap((id) => {
        const a = ctx.world.store.account(id);
        return a ? [renderAccount(ctx.world, a)] : [];
      }),
    ),
  );

  r.get('/api/v1/accounts/:id', optional(), (ctx) => ok(renderAccount(ctx.world, accountOr404(ctx))));

  r.get('/api/v1/accounts/:id/statuses', optional('read:statuses'), (ctx) => {
    const w = ctx.world;
    const a = accountOr404(ctx);
    const q = ctx.query;
    const viewerId = ctx.viewer?.id ?? null;
    const pinned = bool(q, 'pinned') ?? false;
    const excludeReplies = bool(q, 'exclude_replies') ?? false;
    const excludeReblogs = bool(q, 'exclude_reblogs') ?? false;
    const onlyMedia = bool(q, 'only_media') ?? false;
    const tagged = str(q, 'tagged')?.toLowerCase();
    const candidates = (function* () {
      for (const s of w.store.statusesDesc()) {
        if (s.accountId !== a.id || !canSee(w, viewerId, s)) continue;
        if (pinned && !s.pinned) continue;
        if (excludeReplies && s.inReplyToId && s.inReplyToAccountId !== s.accountId) continue;
        if ((excludeReblogs || onlyMedia || pinned || tagged) && s.reblogOfId) continue;
        if (onlyMedia && !hasMedia(w, s)) continue;
        if (tagged && !s.tags.some((t) => t.toLowerCase() === tagged)) continue;
        if (s.visibility === 'direct' && viewerId !== s.accountId) continue;
        yield s;
      }
    })();
    const page = paginate(candidates, (s) => s.id, pageParams(q, 20, 40));
    return ok(
      page.map((s) => renderStatus(w, s, viewerId)),
      pageLinks(ctx, page, (s) => s.id),
    );
  });

  const followList = (direction: 'followers' | 'following') => (ctx: RequestContext) => {
    const w = ctx.world;
    const a = accountOr404(ctx);
    const edges: { id: string; accountId: string }[] = [];
    if (direction === 'following') {
      for (const [to, rec] of w.store.follows.get(a.id) ?? []) edges.push({ id: rec.id, accountId: to });
    } else {
      for (const [from, targets] of w.store.follows) {
        const rec = targets.get(a.id);
        if (rec) edges.push({ id: rec.id, accountId: from });
      }
    }
    edges.sort(byIdDesc);
    const page = paginate(edges, (e) => e.id, pageParams(ctx.query, 40, 80));
    return ok(
      page.flatMap((e) => {
        const x = w.store.account(e.accountId);
        return x ? [renderAccount(w, x)] : [];
      }),
      pageLinks(ctx, page, (e) => e.id),
    );
  };
  r.get('/api/v1/accounts/:id/followers', optional('read:accounts'), followList('followers'));
  r.get('/api/v1/accounts/:id/following', optional('read:accounts'), followList('following'));

  r.post('/api/v1/accounts/:id/follow', user('write:follows'), (ctx) => {
    const a = accountOr404(ctx);
    const p = ctx.input;
    const langs = strList(p, 'languages');
    return ok(
      follow(ctx.world, ctx.me.id, a.id, {
        ...(bool(p, 'reblogs') !== undefined ? { reblogs: bool(p, 'reblogs')! } : {}),
        ...(bool(p, 'notify') !== undefined ? { notify: bool(p, 'notify')! } : {}),
        ...(p['languages'] !== undefined ? { languages: langs.length ? langs : null } : {}),
      }),
    );
  });
  r.post('/api/v1/accounts/:id/unfollow', user('write:follows'), (ctx) =>
    ok(unfollow(ctx.world, ctx.me.id, accountOr404(ctx).id)),
  );
  r.post('/api/v1/accounts/:id/remove_from_followers', user('write:follows'), (ctx) => {
    const a = accountOr404(ctx);
    ctx.world.store.unfollow(a.id, ctx.me.id);
    return ok(renderRelationship(ctx.world, ctx.me.id, a.id));
  });
  r.post('/api/v1/accounts/:id/block', user('write:blocks'), (ctx) =>
    ok(block(ctx.world, ctx.me.id, accountOr404(ctx).id, true)),
  );
  r.post('/api/v1/accounts/:id/unblock', user('write:blocks'), (ctx) =>
    ok(block(ctx.world, ctx.me.id, accountOr404(ctx).id, false)),
  );
  r.post('/api/v1/accounts/:id/mute', user('write:mutes'), (ctx) => {
    const p = ctx.input;
    const duration = int(p, 'duration');
    return ok(
      mute(ctx.world, ctx.me.id, accountOr404(ctx).id, true, {
        notifications: bool(p, 'notifications') ?? true,
        ...(duration ? { duration } : {}),
      }),
    );
  });
  r.post('/api/v1/accounts/:id/unmute', user('write:mutes'), (ctx) =>
    ok(mute(ctx.world, ctx.me.id, accountOr404(ctx).id, false)),
  );
  r.post('/api/v1/accounts/:id/note', user('write:accounts'), (ctx) => {
    const a = accountOr404(ctx);
    ctx.world.store.accountNotes.set(`${ctx.me.id}:${a.id}`, str(ctx.input, 'comment') ?? '');
    return ok(renderRelationship(ctx.world, ctx.me.id, a.id));
  });
  for (const [path, on] of [
    ['endorse', true],
    ['unendorse', false],
    ['pin', true],
    ['unpin', false],
  ] as const) {
    r.post(`/api/v1/accounts/:id/${path}`, user('write:accounts'), (ctx) => {
      const a = accountOr404(ctx);
      let set = ctx.world.store.endorsements.get(ctx.me.id);
      if (!set) ctx.world.store.endorsements.set(ctx.me.id, (set = new Set()));
      if (on) set.add(a.id);
      else set.delete(a.id);
      return ok(renderRelationship(ctx.world, ctx.me.id, a.id));
    });
  }
  r.get('/api/v1/accounts/:id/lists', user('read:lists'), (ctx) => {
    const a = accountOr404(ctx);
    return ok(
      [...ctx.world.store.lists.values()]
        .filter((l) => l.ownerId === ctx.me.id && l.members.has(a.id))
        .map(renderList),
    );
  });
  r.get('/api/v1/accounts/:id/featured_tags', PUBLIC, (ctx) => {
    accountOr404(ctx);
    return ok([]);
  });
  r.get('/api/v1/accounts/:id/endorsements', PUBLIC, (ctx) => {
    const a = accountOr404(ctx);
    return ok(
      [...(ctx.world.store.endorsements.get(a.id) ?? [])].flatMap((id) => {
        const x = ctx.world.store.account(id);
        return x ? [renderAccount(ctx.world, x)] : [];
      }),
    );
  });
}
