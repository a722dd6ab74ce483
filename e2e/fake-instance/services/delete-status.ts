import { notFound } from '../http/reply';
import { renderStatus } from '../render/status';
import type { WireStatus } from '../render/types';
import type { World } from '../world';
import { deleteEventChannels, publishDelete } from './stream-events';

/**
 * DELETE /api/v1/statuses/:id: answers with the source (`text`) for redrafting, removes boosts of it,
 * and streams `delete` wherever the status (or a boost) had been delivered.
 */
export function deleteStatus(
  w: World,
  statusId: string,
  opts: { deleteMedia?: boolean; silent?: boolean } = {},
): WireStatus {
  const store = w.store;
  const s = store.status(statusId);
  if (!s) throw notFound();
  const rendered = renderStatus(w, s, s.accountId, { withSource: true });
  const events: { channels: string[]; id: string }[] = [];
  for (const reblog of store.reblogsOf(s.id)) {
    events.push({ channels: deleteEventChannels(w, reblog), id: reblog.id });
    store.removeStatus(reblog.id);
  }
  events.push({ channels: deleteEventChannels(w, s), id: s.id });
  store.removeStatus(s.id);
  for (const mid of s.mediaIds) {
    const m = store.media.get(mid);
    if (!m) continue;
    if (opts.deleteMedia) store.media.delete(mid);
    else m.statusId = null;
  }
  if (s.pollId) store.polls.delete(s.pollId);
  const gone = new Set([s.id, ...events.map((e) => e.id)]);
  store.notifications = store.notifications.filter((n) => !n.statusId || !gone.has(n.statusId));
  store.favourites = store.favourites.filter((f) => f.statusId !== s.id);
  store.bookmarks = store.bookmarks.filter((f) => f.statusId !== s.id);
  if (!opts.silent) for (const e of events) publishDelete(w, e.channels, e.id);
  return rendered;
}
