import type { mastodon } from 'masto';
import { toWire } from '../http/wire-case';
import { filterResults } from '../policy/filter-match';
import { inHome, inList, inPublic } from '../policy/feeds';
import { hasMedia, hiddenByViewer, isLocal } from '../policy/visibility';
import { renderAccount } from '../render/account';
import { renderFilter } from '../render/filter';
import { renderNotification } from '../render/notification';
import { renderStatus } from '../render/status';
import type { ConversationRecord, NotificationRecord, StatusRecord } from '../store';
import type { PayloadFor, World } from '../world';

/*
 * Which Redis-style channels a status event goes to, mirroring Mastodon's FanOutOnWriteService and
 * RemoveStatusService: home feeds, lists, public and hashtag timelines, private-mention conversations.
 */

const encode = (entity: unknown): string => JSON.stringify(toWire(entity));

/** Home and list payloads are rendered for their owner. */
const forOwner =
  (w: World, s: StatusRecord): PayloadFor =>
  (sub) =>
    encode(renderStatus(w, s, sub));

/** Public payloads are anonymous renderings, then filtered per subscriber (mutes, blocks, filters). */
const forPublic =
  (w: World, s: StatusRecord): PayloadFor =>
  (sub) => {
    if (hiddenByViewer(w, sub, s)) return null;
    const rendered = renderStatus(w, s, null);
    const filtered = filterResults(w, sub, s, renderFilter);
    return encode(filtered.length ? { ...rendered, filtered } : rendered);
  };

export function statusChannels(w: World, s: StatusRecord): { channel: string; kind: 'owner' | 'public' }[] {
  const out: { channel: string; kind: 'owner' | 'public' }[] = [];
  for (const a of w.store.localAccounts()) {
    if (inHome(w, a.id, s)) out.push({ channel: `timeline:${a.id}`, kind: 'owner' });
  }
  for (const list of w.store.lists.values()) {
    if (inList(w, list, s)) out.push({ channel: `timeline:list:${list.id}`, kind: 'owner' });
  }
  if (inPublic(w, null, s)) {
    const where = isLocal(w, s) ? 'local' : 'remote';
    const media = hasMedia(w, s);
    for (const base of ['timeline:public', `timeline:public:${where}`]) {
      out.push({ channel: base, kind: 'public' });
      if (media) out.push({ channel: `${base}:media`, kind: 'public' });
    }
  }
  if (s.visibility === 'public' && !s.reblogOfId) {
    for (const tag of new Set(s.tags.map((t) => t.toLowerCase()))) {
      out.push({ channel: `timeline:hashtag:${tag}`, kind: 'public' });
      if (isLocal(w, s)) out.push({ channel: `timeline:hashtag:${tag}:local`, kind: 'public' });
    }
  }
  return out;
}

/** `update` for a new status, `status.update` after an edit. */
export function publishStatus(w: World, s: StatusRecord, event: 'update' | 'status.update'): void {
  for (const { channel, kind } of statusChannels(w, s)) {
    w.events.publish(channel, event, kind === 'owner' ? forOwner(w, s) : forPublic(w, s));
  }
}

/** Channels are computed before the status leaves the store; call this first, then remove. */
export function deleteEventChannels(w: World, s: StatusRecord): string[] {
  const channels = statusChannels(w, s).map((c) => c.channel);
  if (s.visibility === 'direct') {
    for (const id of [s.accountId, ...s.mentionIds]) channels.push(`timeline:direct:${id}`);
  }
  return [...new Set(channels)];
}

export function publishDelete(w: World, channels: string[], statusId: string): void {
  for (const channel of channels) w.events.publish(channel, 'delete', statusId);
}

export function publishNotification(w: World, n: NotificationRecord): void {
  w.events.publish(`timeline:${n.recipientId}:notifications`, 'notification', (sub) => {
    if (sub !== n.recipientId) return null;
    const rendered = renderNotification(w, n, sub);
    return rendered ? encode(rendered) : null;
  });
}

export function renderConversation(w: World, c: ConversationRecord): mastodon.v1.Conversation | null {
  const last = w.store.status(c.lastStatusId);
  if (!last) return null;
  const participants = new Set([last.accountId, ...last.mentionIds]);
  participants.delete(c.accountId);
  const accounts = [...participants].flatMap((id) => {
    const a = w.store.account(id);
    return a ? [renderAccount(w, a)] : [];
  });
  // masto's Conversation embeds its Status type; ours differs only where Mastodon's JSON does.
  const lastStatus = renderStatus(w, last, c.accountId) as unknown as mastodon.v1.Status;
  return { id: c.id, accounts, unread: c.unread, lastStatus };
}

export function publishConversation(w: World, c: ConversationRecord): void {
  w.events.publish(`timeline:direct:${c.accountId}`, 'conversation', (sub) => {
    if (sub !== c.accountId) return null;
    const rendered = renderConversation(w, c);
    return rendered ? encode(rendered) : null;
  });
}

export function publishFiltersChanged(w: World, accountId: string): void {
  w.events.publish(`timeline:${accountId}`, 'filters_changed', null);
}

export function publishNotificationsMerged(w: World, accountId: string): void {
  w.events.publish(`timeline:${accountId}:notifications`, 'notifications_merged', '1');
}
