import type { mastodon } from 'masto';
import { iso } from '../clock';
import { filterResults } from '../policy/filter-match';
import { canSee } from '../policy/visibility';
import type { StatusRecord } from '../store';
import { acct, accountUrl, statusUri, statusUrl, tagUrl } from '../urls';
import type { World } from '../world';
import { renderAccount } from './account';
import { renderCard } from './card';
import { renderEmojis, shortcodesIn } from './emoji';
import { renderFilter } from './filter';
import { renderMedia } from './media';
import { renderPoll } from './poll';
import type { WireQuote, WireStatus } from './types';

export interface RenderOptions {
  /** Include the plain-text source (`text`), as DELETE answers for redrafting. */
  withSource?: boolean;
  /** Nesting level: quotes render fully one level deep, then as ShallowQuote. */
  depth?: number;
}

export function renderStatus(
  w: World,
  s: StatusRecord,
  viewerId: string | null,
  o: RenderOptions = {},
): WireStatus {
  const store = w.store;
  const author = store.account(s.accountId);
  if (!author) throw new Error(`status ${s.id} has no author`);
  const original = s.reblogOfId ? store.status(s.reblogOfId) : undefined;
  const depth = o.depth ?? 0;

  const out: WireStatus = {
    id: s.id,
    uri: s.reblogOfId ? `${statusUri(w, s, author)}/activity` : statusUri(w, s, author),
    url: s.reblogOfId ? null : statusUrl(w, s, author),
    createdAt: iso(s.createdAt),
    editedAt: s.editedAt === null ? null : iso(s.editedAt),
    account: renderAccount(w, author),
    content: s.html,
    visibility: s.visibility,
    sensitive: s.sensitive,
    spoilerText: s.spoilerText,
    mediaAttachments: s.mediaIds.flatMap((id) => {
      const m = store.media.get(id);
      return m ? [renderMedia(w, m)] : [];
    }),
    mentions: s.mentionIds.flatMap((id): mastodon.v1.StatusMention[] => {
      const a = store.account(id);
      return a ? [{ id: a.id, username: a.username, url: accountUrl(w, a), acct: acct(a) }] : [];
    }),
    tags: s.tags.map((name) => ({
      id: store.tagId(name, () => w.ids.next('tag')),
      name: name.toLowerCase(),
      url: tagUrl(w, name),
    })),
    emojis: renderEmojis(w, [...s.emojiCodes, ...shortcodesIn(s.spoilerText)]),
    reblogsCount: store.reblogsOf(s.id).length + s.extraReblogs,
    favouritesCount: store.favouriteCount(s.id) + s.extraFavourites,
    repliesCount: store.repliesTo(s.id).length + s.extraReplies,
    quotesCount: store.quotesOf(s.id).filter((q) => q.quote?.state === 'accepted').length,
    quoteApproval: quoteApproval(w, s, viewerId),
    inReplyToId: s.inReplyToId,
    inReplyToAccountId: s.inReplyToAccountId,
    reblog: original ? renderStatus(w, original, viewerId, { depth }) : null,
    poll: null,
    card: s.card ? renderCard(s.card) : null,
    language: s.language,
    quote: null,
  };
  if (author.domain === null && s.application)
    out.application = { name: s.application.name, website: s.application.website };
  if (s.pollId) {
    const p = store.polls.get(s.pollId);
    if (p) out.poll = renderPoll(w, p, viewerId, s.accountId);
  }
  if (s.quote) out.quote = renderQuote(w, s.quote, viewerId, depth);
  if (o.withSource) out.text = s.text;
  if (viewerId) {
    out.favourited = store.isFavourited(viewerId, s.id);
    out.reblogged = store.reblogBy(viewerId, s.id) !== undefined;
    out.muted = store.mutedConversations.get(viewerId)?.has(threadRoot(w, s).id) ?? false;
    out.bookmarked = store.isBookmarked(viewerId, s.id);
    if (
      s.accountId === viewerId &&
      !s.reblogOfId &&
      (s.visibility === 'public' || s.visibility === 'unlisted' || s.visibility === 'private')
    ) {
      out.pinned = s.pinned;
    }
    out.filtered = filterResults(w, viewerId, s, renderFilter);
  }
  return out;
}

function renderQuote(
  w: World,
  q: NonNullable<StatusRecord['quote']>,
  viewerId: string | null,
  depth: number,
): WireQuote | mastodon.v1.ShallowQuote {
  const quoted = w.store.status(q.statusId);
  if (!quoted) return { state: 'deleted', quotedStatus: null };
  if (!canSee(w, viewerId, quoted)) return { state: 'unauthorized', quotedStatus: null };
  if (depth >= 1) return { state: q.state, quotedStatusId: quoted.id };
  return {
    state: q.state,
    quotedStatus: q.state === 'accepted' ? renderStatus(w, quoted, viewerId, { depth: depth + 1 }) : null,
  };
}

function quoteApproval(w: World, s: StatusRecord, viewerId: string | null): mastodon.v1.QuoteApproval {
  const policy = s.visibility === 'private' || s.visibility === 'direct' ? 'nobody' : s.quotePolicy;
  const automatic: mastodon.v1.QuoteApprovalPolicy[] =
    policy === 'public' ? ['public'] : policy === 'followers' ? ['followers'] : [];
  return { automatic, manual: [], currentUser: quotePolicyFor(w, s, viewerId) };
}

/** How the status' quote policy applies to the viewer (4.5 `quote_approval.current_user`). */
export function quotePolicyFor(
  w: World,
  s: StatusRecord,
  viewerId: string | null,
): mastodon.v1.QuoteApprovalCurrentUserPolicy {
  if (!viewerId) return 'unknown';
  if (s.accountId === viewerId) return s.visibility === 'direct' ? 'denied' : 'automatic';
  if (s.visibility === 'private' || s.visibility === 'direct' || s.reblogOfId) return 'denied';
  if (w.store.isBlocking(s.accountId, viewerId)) return 'denied';
  if (s.quotePolicy === 'public') return 'automatic';
  if (s.quotePolicy === 'followers' && w.store.isFollowing(viewerId, s.accountId)) return 'automatic';
  return 'denied';
}

export function threadRoot(w: World, s: StatusRecord): StatusRecord {
  let cur = s;
  for (let i = 0; i < 200 && cur.inReplyToId; i++) {
    const parent = w.store.status(cur.inReplyToId);
    if (!parent) break;
    cur = parent;
  }
  return cur;
}
