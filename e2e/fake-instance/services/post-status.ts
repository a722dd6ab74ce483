import type { mastodon } from 'masto';
import { HttpError, notFound, unprocessable } from '../http/reply';
import { canSee } from '../policy/visibility';
import { quotePolicyFor, threadRoot } from '../render/status';
import type { CardRecord, ConversationRecord, QuotePolicy, StatusRecord } from '../store';
import { statusUrl } from '../urls';
import type { World } from '../world';
import { cardFor, firstLink } from '../generator/cards';
import { composeHtml, quoteInline, scanHtml } from './compose';
import { notify } from './notify';
import { checkAttachable, makePoll, validatePoll, validateText, type PollInput } from './status-input';
import { publishConversation, publishStatus } from './stream-events';

export interface PostInput {
  accountId: string;
  text?: string;
  /** Ready-made HTML (admin injections); skips the formatter. */
  html?: string;
  spoilerText?: string;
  sensitive?: boolean;
  visibility?: mastodon.v1.StatusVisibility;
  language?: string | null;
  mediaIds?: string[];
  poll?: PollInput;
  inReplyToId?: string | null;
  quotedStatusId?: string | null;
  quoteApprovalPolicy?: QuotePolicy;
  /** Hashtags appended to the text. */
  tags?: string[];
  idempotencyKey?: string;
  application?: { name: string; website: string | null } | null;
  createdAt?: number;
  /** Seeding: a known card, counts from "other servers", an English rendering. */
  card?: CardRecord | null;
  extraFavourites?: number;
  extraReblogs?: number;
  extraReplies?: number;
  translation?: string | null;
  /** No notifications and no stream events (seeding). */
  silent?: boolean;
  ephemeral?: boolean;
}

const IDEMPOTENCY_MS = 60 * 60 * 1000;

export function postStatus(w: World, input: PostInput): StatusRecord {
  const store = w.store;
  const now = input.createdAt ?? w.clock.now();
  const author = store.account(input.accountId);
  if (!author) throw notFound();

  // Same key from the same account within an hour: the first post again, not a duplicate.
  const idemKey = input.idempotencyKey ? `${author.id}|${input.idempotencyKey}` : undefined;
  if (idemKey) {
    const seen = store.idempotency.get(idemKey);
    const existing = seen && now - seen.at < IDEMPOTENCY_MS ? store.status(seen.statusId) : undefined;
    if (existing) return existing;
  }

  const text = input.text ?? '';
  const spoilerText = input.spoilerText ?? '';
  const mediaIds = input.mediaIds ?? [];
  if (mediaIds.length && input.poll)
    throw unprocessable('Validation failed: Cannot attach files to a post with a poll');
  if (input.html === undefined)
    validateText(text, spoilerText, mediaIds.length > 0 || input.poll !== undefined);
  if (input.poll) validatePoll(input.poll);
  checkAttachable(w, author.id, mediaIds, null);

  const replyTo = input.inReplyToId ? store.status(input.inReplyToId) : undefined;
  if (input.inReplyToId && (!replyTo || !canSee(w, author.id, replyTo) || replyTo.reblogOfId))
    throw notFound();

  let visibility = input.visibility ?? author.privacy;
  let quote: StatusRecord['quote'] = null;
  let quotedUrl: string | undefined;
  if (input.quotedStatusId) {
    const quoted = store.status(input.quotedStatusId);
    if (!quoted || !canSee(w, author.id, quoted)) throw notFound();
    if (mediaIds.length || input.poll)
      throw unprocessable('Validation failed: Quote posts cannot have media or polls');
    if (quotePolicyFor(w, quoted, author.id) !== 'automatic') {
      throw new HttpError(422, 'Validation failed: Quote is not allowed by the quoted post');
    }
    // Quoting a followers-only post keeps the quote followers-only.
    if (quoted.visibility === 'private' && (visibility === 'public' || visibility === 'unlisted'))
      visibility = 'private';
    const quotedAuthor = store.account(quoted.accountId)!;
    quotedUrl = statusUrl(w, quoted, quotedAuthor);
    quote = { statusId: quoted.id, state: 'accepted' };
  }

  const composed =
    input.html !== undefined
      ? { html: input.html, ...scanHtml(w, input.html) }
      : composeHtml(w, text, input.tags ?? []);
  let html = composed.html;
  if (quotedUrl && !text.includes(quotedUrl)) html = quoteInline(quotedUrl) + html;

  const id = w.ids.snowflake(now);
  const s: StatusRecord = {
    id,
    accountId: author.id,
    createdAt: now,
    editedAt: null,
    text: input.html !== undefined ? text || html.replace(/<[^>]+>/g, '') : text,
    html,
    spoilerText,
    sensitive: (input.sensitive ?? false) || spoilerText !== '',
    visibility,
    language: input.language === undefined ? author.language : input.language,
    mentionIds: composed.mentionIds.filter((m) => m !== author.id),
    tags: composed.tags,
    emojiCodes: composed.emojiCodes,
    mediaIds,
    pollId: null,
    card: null,
    inReplyToId: replyTo?.id ?? null,
    inReplyToAccountId: replyTo?.accountId ?? null,
    reblogOfId: null,
    quote,
    quotePolicy:
      visibility === 'private' || visibility === 'direct'
        ? 'nobody'
        : (input.quoteApprovalPolicy ?? author.quotePolicy),
    application: author.domain === null ? (input.application ?? { name: 'Web', website: null }) : null,
    edits: [],
    pinned: false,
    extraFavourites: input.extraFavourites ?? 0,
    extraReblogs: input.extraReblogs ?? 0,
    extraReplies: input.extraReplies ?? 0,
    remoteUrl: null,
    translation: input.translation ?? null,
    ephemeral: input.ephemeral ?? false,
  };
  if (input.poll) {
    const poll = makePoll(w, id, input.poll, now);
    store.polls.set(poll.id, poll);
    s.pollId = poll.id;
  }
  if (input.card !== undefined) s.card = input.card;
  else if (mediaIds.length === 0 && !quote) {
    const link = firstLink(html, quotedUrl ? [quotedUrl] : []);
    if (link) s.card = cardFor(w, link, now);
  }
  for (const mid of mediaIds) {
    const m = store.media.get(mid);
    if (m) m.statusId = id;
  }
  store.addStatus(s);
  if (idemKey) store.idempotency.set(idemKey, { statusId: id, at: now });

  afterPost(w, s, input.silent ?? false);
  return s;
}

/** Notifications, conversations and stream events that follow a new status. */
function afterPost(w: World, s: StatusRecord, silent: boolean): void {
  const store = w.store;
  if (s.visibility === 'direct') {
    for (const c of touchConversations(w, s)) if (!silent) publishConversation(w, c);
  }
  for (const mentioned of s.mentionIds) {
    notify(w, {
      recipientId: mentioned,
      type: 'mention',
      fromId: s.accountId,
      statusId: s.id,
      createdAt: s.createdAt,
      silent,
    });
  }
  if (s.visibility === 'public' || s.visibility === 'unlisted' || s.visibility === 'private') {
    for (const followerId of store.followerIds(s.accountId)) {
      if (
        store.follow(followerId, s.accountId)?.notify &&
        !s.mentionIds.includes(followerId) &&
        !s.inReplyToId
      ) {
        notify(w, {
          recipientId: followerId,
          type: 'status',
          fromId: s.accountId,
          statusId: s.id,
          createdAt: s.createdAt,
          silent,
        });
      }
    }
  }
  if (s.quote) {
    const quoted = store.status(s.quote.statusId);
    if (quoted)
      notify(w, {
        recipientId: quoted.accountId,
        type: 'quote',
        fromId: s.accountId,
        statusId: s.id,
        createdAt: s.createdAt,
        silent,
      });
  }
  if (!silent) publishStatus(w, s, 'update');
}

/** Private mentions live in per-participant conversations keyed by thread. */
export function touchConversations(w: World, s: StatusRecord): ConversationRecord[] {
  const root = threadRoot(w, s).id;
  const touched: ConversationRecord[] = [];
  for (const participant of new Set([s.accountId, ...s.mentionIds])) {
    if (w.store.account(participant)?.domain !== null) continue;
    let c = w.store.conversations.find((x) => x.accountId === participant && x.rootId === root);
    if (!c) {
      c = {
        id: w.ids.next('conversation', 200),
        accountId: participant,
        rootId: root,
        lastStatusId: s.id,
        unread: false,
      };
      w.store.conversations.push(c);
    }
    c.lastStatusId = s.id;
    c.unread = participant !== s.accountId;
    touched.push(c);
  }
  return touched;
}
