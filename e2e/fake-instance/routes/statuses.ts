import type { mastodon } from 'masto';
import { HttpError, notFound, ok, unprocessable } from '../http/reply';
import { bool, str, strList } from '../http/params';
import { compareIds } from '../ids';
import { pageLinks, pageParams, paginate } from '../http/paginate';
import { hiddenByViewer } from '../policy/visibility';
import { renderAccount } from '../render/account';
import { renderEmojis, shortcodesIn } from '../render/emoji';
import { renderMedia } from '../render/media';
import { renderStatus } from '../render/status';
import type { WireStatus, WireStatusEdit, WireTranslation } from '../render/types';
import { PUBLIC, optional, user, type Router } from '../router';
import { deleteStatus } from '../services/delete-status';
import { editStatus } from '../services/edit-status';
import {
  bookmark,
  favourite,
  muteConversation,
  pin,
  reblog,
  unbookmark,
  unfavourite,
  unreblog,
  visibleStatus,
} from '../services/interactions';
import { postStatus } from '../services/post-status';
import { renderScheduled } from '../services/scheduled';
import { isVisibility } from '../services/status-input';
import { publishStatus } from '../services/stream-events';
import type { QuotePolicy, StatusRecord } from '../store';
import type { RequestContext } from '../request-context';
import { editInputFrom, postInputFrom } from './status-params';

const view = (ctx: RequestContext, s: StatusRecord): WireStatus =>
  renderStatus(ctx.world, s, ctx.viewer?.id ?? null);

function ownStatus(ctx: RequestContext): StatusRecord {
  const s = ctx.world.store.status(ctx.param('id'));
  if (!s || s.accountId !== ctx.me.id || s.reblogOfId) throw notFound();
  return s;
}

export function registerStatusRoutes(r: Router): void {
  r.post('/api/v1/statuses', user('write:statuses'), (ctx) => {
    const w = ctx.world;
    const input = postInputFrom(ctx.me.id, ctx.input);
    const key = ctx.header('idempotency-key');
    if (key) input.idempotencyKey = key;
    if (ctx.app) input.application = { name: ctx.app.name, website: ctx.app.website };
    if (input.scheduledAt) {
      const at = Date.parse(input.scheduledAt);
      if (Number.isNaN(at)) throw unprocessable('Validation failed: Scheduled at is invalid');
      if (at - w.clock.now() < 5 * 60 * 1000) {
        throw unprocessable('Validation failed: Scheduled at The scheduled date must be in the future');
      }
      const id = w.ids.next('scheduled', 30);
      const { scheduledAt: _drop, ...rest } = input;
      const rec = {
        id,
        accountId: ctx.me.id,
        scheduledAt: at,
        params: { ...rest } as Record<string, unknown>,
        mediaIds: input.mediaIds ?? [],
      };
      w.store.scheduled.set(id, rec);
      return ok(renderScheduled(w, rec));
    }
    return ok(view(ctx, postStatus(w, input)));
  });

  r.get('/api/v1/statuses', optional('read:statuses'), (ctx) => {
    const out: WireStatus[] = [];
    for (const id of strList(ctx.query, 'id')) {
      const s = ctx.world.store.status(id);
      if (s) {
        try {
          out.push(view(ctx, visibleStatus(ctx.world, ctx.viewer?.id ?? null, s.id)));
        } catch {
          // Missing or invisible statuses are left out, as documented.
        }
      }
    }
    return ok(out);
  });

  r.get('/api/v1/statuses/:id', optional('read:statuses'), (ctx) =>
    ok(view(ctx, visibleStatus(ctx.world, ctx.viewer?.id ?? null, ctx.param('id')))),
  );

  r.delete('/api/v1/statuses/:id', user('write:statuses'), (ctx) => {
    const s = ownStatus(ctx);
    return ok(deleteStatus(ctx.world, s.id, { deleteMedia: bool(ctx.input, 'delete_media') ?? false }));
  });

  r.put('/api/v1/statuses/:id', user('write:statuses'), (ctx) => {
    const s = ownStatus(ctx);
    return ok(view(ctx, editStatus(ctx.world, s.id, editInputFrom(ctx.input))));
  });

  r.get('/api/v1/statuses/:id/context', optional('read:statuses'), (ctx) => {
    const w = ctx.world;
    const viewerId = ctx.viewer?.id ?? null;
    const s = visibleStatus(w, viewerId, ctx.param('id'));
    const shown = (x: StatusRecord): boolean => {
      try {
        visibleStatus(w, viewerId, x.id);
        return !hiddenByViewer(w, viewerId, x);
      } catch {
        return false;
      }
    };
    const ancestors: StatusRecord[] = [];
    let cur = s.inReplyToId ? w.store.status(s.inReplyToId) : undefined;
    while (cur && ancestors.length < 40) {
      if (shown(cur)) ancestors.unshift(cur);
      cur = cur.inReplyToId ? w.store.status(cur.inReplyToId) : undefined;
    }
    const descendants: StatusRecord[] = [];
    const walk = (id: string): void => {
      for (const child of w.store.repliesTo(id)) {
        if (!shown(child)) continue;
        descendants.push(child);
        walk(child.id);
      }
    };
    walk(s.id);
    return ok({
      ancestors: ancestors.map((x) => view(ctx, x)),
      descendants: descendants.map((x) => view(ctx, x)),
    });
  });

  r.get('/api/v1/statuses/:id/reblogged_by', optional('read:accounts'), (ctx) => {
    const w = ctx.world;
    const s = visibleStatus(w, ctx.viewer?.id ?? null, ctx.param('id'));
    const boosts = w.store.reblogsOf(s.id).sort((a, b) => compareIds(b.id, a.id));
    const page = paginate(boosts, (b) => b.id, pageParams(ctx.query, 40, 80));
    return ok(
      page.flatMap((b) => {
        const a = w.store.account(b.accountId);
        return a ? [renderAccount(w, a)] : [];
      }),
      pageLinks(ctx, page, (b) => b.id),
    );
  });

  r.get('/api/v1/statuses/:id/favourited_by', optional('read:accounts'), (ctx) => {
    const w = ctx.world;
    const s = visibleStatus(w, ctx.viewer?.id ?? null, ctx.param('id'));
    const favs = w.store.favourites.filter((f) => f.statusId === s.id).reverse();
    const page = paginate(favs, (f) => f.id, pageParams(ctx.query, 40, 80));
    return ok(
      page.flatMap((f) => {
        const a = w.store.account(f.accountId);
        return a ? [renderAccount(w, a)] : [];
      }),
      pageLinks(ctx, page, (f) => f.id),
    );
  });

  r.get('/api/v1/statuses/:id/quotes', user('read:statuses'), (ctx) => {
    const w = ctx.world;
    const s = visibleStatus(w, ctx.me.id, ctx.param('id'));
    const quotes = w.store
      .quotesOf(s.id)
      .filter((q) => q.quote?.state === 'accepted' || s.accountId === ctx.me.id);
    const page = paginate(quotes, (q) => q.id, pageParams(ctx.query, 20, 40));
    return ok(
      page.map((q) => view(ctx, q)),
      pageLinks(ctx, page, (q) => q.id),
    );
  });

  r.post('/api/v1/statuses/:id/quotes/:quoting/revoke', user('write:statuses'), (ctx) => {
    const s = ownStatus(ctx);
    const quoting = ctx.world.store.status(ctx.param('quoting'));
    if (!quoting?.quote || quoting.quote.statusId !== s.id) throw notFound();
    quoting.quote.state = 'revoked';
    publishStatus(ctx.world, quoting, 'status.update');
    return ok(view(ctx, quoting));
  });

  r.put('/api/v1/statuses/:id/interaction_policy', user('write:statuses'), (ctx) => {
    const s = ownStatus(ctx);
    const policy = str(ctx.input, 'quote_approval_policy');
    if (!policy || !['public', 'followers', 'nobody'].includes(policy)) {
      throw unprocessable('Validation failed: Quote approval policy is not included in the list');
    }
    s.quotePolicy =
      s.visibility === 'private' || s.visibility === 'direct' ? 'nobody' : (policy as QuotePolicy);
    return ok(view(ctx, s));
  });

  r.get('/api/v1/statuses/:id/history', optional('read:statuses'), (ctx) => {
    const w = ctx.world;
    const s = visibleStatus(w, ctx.viewer?.id ?? null, ctx.param('id'));
    const author = w.store.account(s.accountId)!;
    const versions =
      s.edits.length > 0
        ? s.edits
        : [
            {
              text: s.text,
              html: s.html,
              spoilerText: s.spoilerText,
              sensitive: s.sensitive,
              mediaIds: s.mediaIds,
              pollOptions: null,
              createdAt: s.createdAt,
            },
          ];
    const out: WireStatusEdit[] = versions.map((v) => ({
      content: v.html,
      spoilerText: v.spoilerText,
      sensitive: v.sensitive,
      createdAt: new Date(v.createdAt).toISOString(),
      account: renderAccount(w, author),
      mediaAttachments: v.mediaIds.flatMap((id) => {
        const m = w.store.media.get(id);
        return m ? [renderMedia(w, m)] : [];
      }),
      emojis: renderEmojis(w, shortcodesIn(v.text, v.spoilerText)),
      ...(v.pollOptions ? { poll: { options: v.pollOptions.map((title) => ({ title })) } } : {}),
    }));
    return ok(out);
  });

  r.get('/api/v1/statuses/:id/source', user('read:statuses'), (ctx) => {
    const s = ownStatus(ctx);
    const source: mastodon.v1.StatusSource = { id: s.id, text: s.text, spoilerText: s.spoilerText };
    return ok(source);
  });

  r.get('/api/v1/statuses/:id/card', PUBLIC, (ctx) => {
    const s = visibleStatus(ctx.world, null, ctx.param('id'));
    return ok(s.card ? view(ctx, s).card : {});
  });

  r.post('/api/v1/statuses/:id/translate', user('read:statuses'), (ctx) => {
    const w = ctx.world;
    const s = visibleStatus(w, ctx.me.id, ctx.param('id'));
    const target = (str(ctx.input, 'lang') ?? ctx.me.language ?? 'en').slice(0, 2);
    const source = s.language ?? 'en';
    if (s.visibility === 'private' || s.visibility === 'direct' || source === target || s.html === '') {
      throw new HttpError(403, 'This action is not allowed');
    }
    const poll = s.pollId ? w.store.polls.get(s.pollId) : undefined;
    const translation: WireTranslation = {
      content: s.translation ?? s.html,
      spoilerText: s.spoilerText,
      detectedSourceLanguage: source,
      provider: 'FakeL Translator',
      poll: poll ? { id: poll.id, options: poll.options.map((title) => ({ title })) } : null,
      mediaAttachments: s.mediaIds.map((id) => ({
        id,
        description: w.store.media.get(id)?.description ?? '',
      })),
    };
    return ok(translation);
  });

  const act = (path: string, scope: string, fn: (ctx: RequestContext) => StatusRecord): void => {
    r.post(`/api/v1/statuses/:id/${path}`, user(scope), (ctx) => ok(view(ctx, fn(ctx))));
  };
  act('favourite', 'write:favourites', (ctx) => favourite(ctx.world, ctx.me.id, ctx.param('id')));
  act('unfavourite', 'write:favourites', (ctx) => unfavourite(ctx.world, ctx.me.id, ctx.param('id')));
  act('reblog', 'write:statuses', (ctx) => {
    const v = str(ctx.input, 'visibility');
    return reblog(ctx.world, ctx.me.id, ctx.param('id'), isVisibility(v) ? v : 'public');
  });
  act('unreblog', 'write:statuses', (ctx) => unreblog(ctx.world, ctx.me.id, ctx.param('id')));
  act('bookmark', 'write:bookmarks', (ctx) => bookmark(ctx.world, ctx.me.id, ctx.param('id')));
  act('unbookmark', 'write:bookmarks', (ctx) => unbookmark(ctx.world, ctx.me.id, ctx.param('id')));
  act('pin', 'write:accounts', (ctx) => pin(ctx.world, ctx.me.id, ctx.param('id'), true));
  act('unpin', 'write:accounts', (ctx) => pin(ctx.world, ctx.me.id, ctx.param('id'), false));
  act('mute', 'write:mutes', (ctx) => muteConversation(ctx.world, ctx.me.id, ctx.param('id'), true));
  act('unmute', 'write:mutes', (ctx) => muteConversation(ctx.world, ctx.me.id, ctx.param('id'), false));

  r.get('/api/v1/scheduled_statuses', user('read:statuses'), (ctx) => {
    const mine = [...ctx.world.store.scheduled.values()].filter((s) => s.accountId === ctx.me.id).reverse();
    const page = paginate(mine, (s) => s.id, pageParams(ctx.query, 20, 40));
    return ok(
      page.map((s) => renderScheduled(ctx.world, s)),
      pageLinks(ctx, page, (s) => s.id),
    );
  });
  r.get('/api/v1/scheduled_statuses/:id', user('read:statuses'), (ctx) => {
    const rec = ctx.world.store.scheduled.get(ctx.param('id'));
    if (!rec || rec.accountId !== ctx.me.id) throw notFound();
    return ok(renderScheduled(ctx.world, rec));
  });
  r.delete('/api/v1/scheduled_statuses/:id', user('write:statuses'), (ctx) => {
    const rec = ctx.world.store.scheduled.get(ctx.param('id'));
    if (!rec || rec.accountId !== ctx.me.id) throw notFound();
    ctx.world.store.scheduled.delete(rec.id);
    return ok({});
  });
}
