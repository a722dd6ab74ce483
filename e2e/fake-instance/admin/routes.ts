import { HttpError, notFound, ok, raw } from '../http/reply';
import { makeMedia } from '../generator/media';
import { Prng } from '../generator/prng';
import { renderNotification } from '../render/notification';
import { renderStatus } from '../render/status';
import { PUBLIC, Router } from '../router';
import { deleteStatus } from '../services/delete-status';
import { editStatus } from '../services/edit-status';
import { bookmark, favourite, reblog, unfavourite, unreblog, vote } from '../services/interactions';
import { notify } from '../services/notify';
import { postStatus } from '../services/post-status';
import { block, follow, mute, unfollow } from '../services/relationships';
import { publishFiltersChanged, publishNotificationsMerged } from '../services/stream-events';
import type { AccountRecord, CardRecord, StatusRecord } from '../store';
import type { World } from '../world';
import type { RequestContext } from '../request-context';
import { registerControlRoutes } from './control-routes';
import type { AdminHost } from './host';
import { accountByName } from './lookup';
import type {
  DemoAccount,
  InjectCardInput,
  InjectNotificationInput,
  InjectStatusInput,
  InteractionInput,
  SetProfileInput,
} from './types';

const body = <T>(ctx: RequestContext): T => ctx.body as unknown as T;

function demoAccounts(w: World): DemoAccount[] {
  return [...w.store.accounts.values()].map((a) => ({
    id: a.id,
    username: a.username,
    acct: a.domain ? `${a.username}@${a.domain}` : a.username,
    local: a.domain === null,
    password: a.password,
  }));
}

function injectStatus(w: World, input: InjectStatusInput): StatusRecord {
  const author = accountByName(w, input.as);
  const at = input.createdAt ? Date.parse(input.createdAt) : w.clock.now();
  const rng = new Prng(at);
  const mediaIds = Array.from(
    { length: Math.min(4, input.mediaCount ?? 0) },
    () =>
      makeMedia(
        w,
        rng,
        author.id,
        input.mediaType ?? 'image',
        Math.min(at, w.clock.now()),
        input.mediaDescription === undefined ? 'A generated landscape.' : input.mediaDescription,
        author.domain,
      ).id,
  );
  for (const id of input.listIds ?? []) {
    const list = w.store.lists.get(id);
    if (!list) throw new HttpError(404, `No list ${id}`);
    list.members.add(author.id);
  }
  return postStatus(w, {
    accountId: author.id,
    text:
      input.text ?? (input.html === undefined && mediaIds.length === 0 && !input.poll ? 'Injected post' : ''),
    ...(input.html !== undefined ? { html: input.html } : {}),
    ...(input.visibility ? { visibility: input.visibility } : {}),
    ...(input.spoilerText ? { spoilerText: input.spoilerText } : {}),
    ...(input.sensitive !== undefined ? { sensitive: input.sensitive } : {}),
    language: input.language ?? author.language,
    tags: input.tags ?? [],
    mediaIds,
    ...(input.poll ? { poll: input.poll } : {}),
    ...(input.inReplyToId ? { inReplyToId: input.inReplyToId } : {}),
    ...(input.quotedStatusId ? { quotedStatusId: input.quotedStatusId } : {}),
    createdAt: at,
    silent: input.silent ?? false,
    application: { name: 'Admin injection', website: null },
    ...(input.card ? { card: cardRecord(input.card, at) } : {}),
  });
}

function cardRecord(card: InjectCardInput, at: number): CardRecord {
  return {
    url: card.url,
    title: card.title,
    description: card.description ?? '',
    providerName: card.providerName ?? '',
    authorName: card.authorName ?? '',
    image: card.image ?? null,
    width: card.image ? 640 : 0,
    height: card.image ? 360 : 0,
    type: 'link',
    blurhash: '',
    language: 'en',
    publishedAt: new Date(at).toISOString(),
  };
}

/** A status the notification can point at: given, or made up the way the type implies. */
function statusForNotification(
  w: World,
  input: InjectNotificationInput,
  recipient: AccountRecord,
  from: AccountRecord,
): string | null {
  if (input.statusId) return input.statusId;
  switch (input.type) {
    case 'mention': {
      const s = postStatus(w, {
        accountId: from.id,
        text: `@${recipient.username} hello from the test!`,
        silent: true,
      });
      // The post made its own (unstreamed) mention notification; the injected one replaces it.
      w.store.notifications = w.store.notifications.filter((n) => n.statusId !== s.id);
      return s.id;
    }
    case 'status':
    case 'quote':
      return postStatus(w, { accountId: from.id, text: 'A post you will hear about.', silent: true }).id;
    case 'favourite':
    case 'reblog':
    case 'poll':
    case 'update':
    case 'quoted_update': {
      const own = [...w.store.statusesDesc()].find((s) => s.accountId === recipient.id && !s.reblogOfId);
      return (
        own ?? postStatus(w, { accountId: recipient.id, text: 'Something worth noticing.', silent: true })
      ).id;
    }
    default:
      return null;
  }
}

/** Content injection: statuses, notifications, interactions, events, resets. */
export function buildAdminRouter(host: AdminHost): Router {
  const r = new Router();
  const w = (): World => host.world();

  r.post('/__fake/reset', PUBLIC, (ctx) => {
    const b = body<{ seed?: number; empty?: boolean }>(ctx);
    host.reset(b.empty ? 'accounts' : 'demo', b.seed);
    return raw({ accounts: demoAccounts(w()) });
  });
  r.post('/__fake/seed', PUBLIC, (ctx) => {
    host.reset('demo', body<{ seed?: number }>(ctx).seed);
    return raw({ accounts: demoAccounts(w()), statuses: w().store.statuses.size });
  });
  r.get('/__fake/accounts', PUBLIC, () => raw(demoAccounts(w())));
  r.put('/__fake/accounts/:name/profile', PUBLIC, (ctx) => {
    const input = body<SetProfileInput>(ctx);
    const a = accountByName(w(), ctx.param('name'));
    if (input.displayName !== undefined) a.displayName = input.displayName;
    if (input.noteHtml !== undefined) {
      a.noteHtml = input.noteHtml;
      a.note = input.noteHtml.replace(/<[^>]+>/g, '');
    }
    if (input.fields)
      a.fields = input.fields.map((f) => ({
        name: f.name,
        value: f.value,
        verifiedAt: f.verifiedAt ?? null,
      }));
    return raw({ ok: true });
  });

  r.post('/__fake/statuses', PUBLIC, (ctx) => {
    const input = body<InjectStatusInput>(ctx);
    const s = injectStatus(w(), input);
    return ok(renderStatus(w(), s, s.accountId));
  });
  r.put('/__fake/statuses/:id', PUBLIC, (ctx) => {
    const b = body<{ text?: string; html?: string; spoilerText?: string; silent?: boolean }>(ctx);
    const s = editStatus(w(), ctx.param('id'), {
      ...(b.silent !== undefined ? { silent: b.silent } : {}),
      ...(b.text !== undefined ? { text: b.text } : {}),
      ...(b.html !== undefined ? { html: b.html } : {}),
      ...(b.spoilerText !== undefined ? { spoilerText: b.spoilerText } : {}),
    });
    return ok(renderStatus(w(), s, s.accountId));
  });
  r.delete('/__fake/statuses/:id', PUBLIC, (ctx) => {
    deleteStatus(w(), ctx.param('id'));
    return raw({ id: ctx.param('id') });
  });

  r.post('/__fake/notifications', PUBLIC, (ctx) => {
    const input = body<InjectNotificationInput>(ctx);
    const world = w();
    const recipient = accountByName(world, input.for);
    const from = accountByName(world, input.from);
    const statusId = statusForNotification(world, input, recipient, from);
    const n = notify(world, {
      recipientId: recipient.id,
      type: input.type,
      fromId: from.id,
      statusId,
      force: true,
    });
    if (!n) throw new HttpError(422, 'Notifications go to local accounts only');
    const rendered = renderNotification(world, n, recipient.id);
    if (!rendered) throw notFound();
    return ok(rendered);
  });

  r.post('/__fake/interactions', PUBLIC, (ctx) => {
    const input = body<InteractionInput>(ctx);
    const world = w();
    const actor = accountByName(world, input.as);
    switch (input.action) {
      case 'favourite':
        favourite(world, actor.id, input.statusId);
        break;
      case 'unfavourite':
        unfavourite(world, actor.id, input.statusId);
        break;
      case 'reblog':
        return ok(renderStatus(world, reblog(world, actor.id, input.statusId), actor.id));
      case 'unreblog':
        unreblog(world, actor.id, input.statusId);
        break;
      case 'bookmark':
        bookmark(world, actor.id, input.statusId);
        break;
      case 'vote':
        vote(world, actor.id, world.store.status(input.statusId)?.pollId ?? '', input.choices);
        break;
      case 'follow':
        return ok(follow(world, actor.id, accountByName(world, input.account).id));
      case 'unfollow':
        return ok(unfollow(world, actor.id, accountByName(world, input.account).id));
      case 'block':
        return ok(block(world, actor.id, accountByName(world, input.account).id, true));
      case 'mute':
        return ok(mute(world, actor.id, accountByName(world, input.account).id, true));
    }
    return raw({ ok: true });
  });

  r.post('/__fake/events', PUBLIC, (ctx) => {
    const b = body<{ for: string; event: 'filters_changed' | 'notifications_merged' }>(ctx);
    const a = accountByName(w(), b.for);
    if (b.event === 'filters_changed') publishFiltersChanged(w(), a.id);
    else publishNotificationsMerged(w(), a.id);
    return raw({ ok: true });
  });

  registerControlRoutes(r, host);
  return r;
}
