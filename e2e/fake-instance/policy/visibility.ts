import type { StatusRecord } from '../store';
import type { World } from '../world';

/** Who may see a status: Mastodon's StatusPolicy#show? in miniature. */
export function canSee(w: World, viewerId: string | null, s: StatusRecord): boolean {
  const store = w.store;
  if (s.reblogOfId) {
    const original = store.status(s.reblogOfId);
    if (!original || !canSee(w, viewerId, original)) return false;
  }
  if (viewerId && store.isBlocking(s.accountId, viewerId)) return false;
  if (s.accountId === viewerId) return true;
  switch (s.visibility) {
    case 'public':
    case 'unlisted':
      return true;
    case 'private':
      return (
        viewerId !== null && (store.isFollowing(viewerId, s.accountId) || s.mentionIds.includes(viewerId))
      );
    case 'direct':
      return viewerId !== null && s.mentionIds.includes(viewerId);
  }
}

/** Statuses the viewer asked not to see: muted or blocked authors (and boosters), blocked domains. */
export function hiddenByViewer(w: World, viewerId: string | null, s: StatusRecord): boolean {
  if (!viewerId) return false;
  const store = w.store;
  const authors = [s.accountId];
  if (s.reblogOfId) {
    const original = store.status(s.reblogOfId);
    if (original) authors.push(original.accountId);
  }
  const blockedDomains = store.domainBlocks.get(viewerId);
  for (const id of authors) {
    if (id === viewerId) continue;
    if (store.muting(viewerId, id) || store.isBlocking(viewerId, id) || store.isBlocking(id, viewerId))
      return true;
    const domain = store.account(id)?.domain;
    if (domain && blockedDomains?.has(domain)) return true;
  }
  return false;
}

export function hasMedia(w: World, s: StatusRecord): boolean {
  return s.mediaIds.length > 0 && s.mediaIds.some((id) => w.store.media.has(id));
}

export function isLocal(w: World, s: StatusRecord): boolean {
  return w.store.account(s.accountId)?.domain === null;
}
