import type {
  Draft,
  DraftFailure,
  DraftMedia,
  DraftPlacement,
  DraftPoll,
  DraftReference,
  DraftVisibility,
  QuotePolicy,
} from '../../../../electron/ipc/types/drafts';
import type { mastodon } from '../../mastodon';
import { countCharacters } from './counter';
import type { ComposeLimits } from './limits';

/**
 * The composer's model: a draft and the pure steps that change it. Components and the store call these;
 * nothing here talks to a server or the host, so every rule is unit-tested.
 */
export type { Draft, DraftMedia, DraftPoll, DraftReference, DraftVisibility, QuotePolicy };

/** An account's posting defaults (`/api/v1/preferences`), used for every new draft. */
export interface PostingDefaults {
  visibility: DraftVisibility;
  sensitive: boolean;
  language: string | null;
  quotePolicy: QuotePolicy | null;
}

export const fallbackDefaults: PostingDefaults = {
  visibility: 'public',
  sensitive: false,
  language: null,
  quotePolicy: null,
};

export const newIdempotencyKey = (): string => crypto.randomUUID();

export function newDraft(
  accountId: string,
  defaults: PostingDefaults = fallbackDefaults,
  now = Date.now(),
): Draft {
  return {
    id: crypto.randomUUID(),
    accountId,
    text: '',
    spoilerText: '',
    cw: false,
    sensitive: defaults.sensitive,
    visibility: defaults.visibility,
    language: defaults.language,
    languageChosen: false,
    media: [],
    poll: null,
    replyTo: null,
    quote: null,
    quotePolicy: defaults.quotePolicy,
    editOf: null,
    scheduledAt: null,
    idempotencyKey: newIdempotencyKey(),
    placement: 'dock',
    failure: null,
    createdAt: now,
    updatedAt: now,
  };
}

export const defaultPoll = (): DraftPoll => ({
  options: ['', ''],
  expiresIn: 86_400,
  multiple: false,
  hideTotals: false,
});

/** Visibilities from the most open to the most closed. */
const openness: DraftVisibility[] = ['public', 'unlisted', 'private', 'direct'];

/** The more closed of two visibilities (a reply never widens the audience of what it answers). */
export function moreRestrictive(a: DraftVisibility, b: DraftVisibility): DraftVisibility {
  return openness.indexOf(a) >= openness.indexOf(b) ? a : b;
}

/** Plain text of a post's HTML content, paragraphs and line breaks kept as new lines. */
export function plainText(html: string): string {
  const doc = new DOMParser().parseFromString(
    html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/p>\s*<p>/gi, '\n\n'),
    'text/html',
  );
  doc.querySelectorAll('.invisible, .quote-inline').forEach((node) => node.remove());
  return (doc.body.textContent ?? '').trim();
}

export function referenceTo(status: mastodon.v1.Status, accountId: string): DraftReference {
  const text = status.spoilerText ? status.spoilerText : plainText(status.content);
  return {
    id: status.id,
    accountId,
    uri: status.uri,
    authorAcct: status.account.acct,
    authorName: status.account.displayName || status.account.username,
    authorEmojis: status.account.emojis
      .slice(0, 50)
      .map((e) => ({ shortcode: e.shortcode, url: e.url, staticUrl: e.staticUrl })),
    authorAvatar: status.account.avatarStatic,
    excerpt: text.length > 280 ? `${text.slice(0, 279)}…` : text,
  };
}

/** Whether `acct` (as the viewing instance writes it) names the account posting. */
function isSelf(acct: string, self: { acct: string; username: string }): boolean {
  const a = acct.toLowerCase();
  return a === self.acct.toLowerCase() || a === self.username.toLowerCase();
}

/** "@author @other " — everyone in the conversation except the one replying. */
export function replyMentions(status: mastodon.v1.Status, self: { acct: string; username: string }): string {
  const accts = [status.account.acct, ...status.mentions.map((m) => m.acct)].filter(
    (acct) => !isSelf(acct, self),
  );
  const unique = [...new Set(accts)];
  return unique.length > 0 ? `${unique.map((acct) => `@${acct}`).join(' ')} ` : '';
}

/** A reply: mentions prefilled, the content warning and language carried over, the audience no wider. */
export function replyDraft(
  base: Draft,
  status: mastodon.v1.Status,
  self: { acct: string; username: string },
): Draft {
  return {
    ...base,
    text: replyMentions(status, self),
    replyTo: referenceTo(status, base.accountId),
    cw: status.spoilerText !== '',
    spoilerText: status.spoilerText,
    visibility: moreRestrictive(status.visibility, base.visibility),
    language: status.language ?? base.language,
  };
}

/**
 * A quote (Mastodon 4.5): the quoted post is attached by id. A quote may carry neither media nor a poll, and
 * quoting a followers-only post keeps the quote followers-only.
 * @see https://docs.joinmastodon.org/client/quotes/
 */
export function quoteDraft(base: Draft, status: mastodon.v1.Status): Draft {
  return {
    ...base,
    quote: referenceTo(status, base.accountId),
    media: [],
    poll: null,
    visibility:
      status.visibility === 'private' ? moreRestrictive('private', base.visibility) : base.visibility,
  };
}

function mediaFrom(attachments: readonly mastodon.v1.MediaAttachment[]): DraftMedia[] {
  return attachments.map((m) => ({
    id: m.id,
    type: m.type,
    previewUrl: m.previewUrl ?? null,
    url: m.url ?? null,
    fileName: m.url?.split('/').pop() ?? m.id,
    description: m.description ?? '',
    focus: m.meta?.focus ? { x: m.meta.focus.x, y: m.meta.focus.y } : null,
    dirty: false,
  }));
}

function pollFrom(poll: mastodon.v1.Poll | null | undefined): DraftPoll | null {
  if (!poll) return null;
  const remaining = poll.expiresAt ? Math.round((Date.parse(poll.expiresAt) - Date.now()) / 1000) : 86_400;
  return {
    options: poll.options.map((o) => o.title),
    expiresIn: Math.max(300, remaining),
    multiple: poll.multiple,
    hideTotals: false,
  };
}

/** Editing a published post: its source text and content warning, with its media and poll. */
export function editDraft(base: Draft, status: mastodon.v1.Status, source: mastodon.v1.StatusSource): Draft {
  return {
    ...base,
    text: source.text,
    spoilerText: source.spoilerText,
    cw: source.spoilerText !== '',
    sensitive: status.sensitive,
    visibility: status.visibility,
    language: status.language ?? null,
    languageChosen: true,
    media: mediaFrom(status.mediaAttachments),
    poll: pollFrom(status.poll),
    editOf: { statusId: status.id },
    quote: null,
    replyTo: null,
  };
}

/**
 * Delete & redraft: the deleted post (as the DELETE answered it, with its source `text`) becomes a new
 * draft. Its media are kept (deleted with `delete_media=false`) and attached again.
 */
export function redraftDraft(
  base: Draft,
  deleted: mastodon.v1.Status,
  replyTo: DraftReference | null,
): Draft {
  return {
    ...base,
    text: deleted.text ?? plainText(deleted.content),
    spoilerText: deleted.spoilerText,
    cw: deleted.spoilerText !== '',
    sensitive: deleted.sensitive,
    visibility: deleted.visibility,
    language: deleted.language ?? base.language,
    languageChosen: deleted.language != null,
    media: mediaFrom(deleted.mediaAttachments),
    poll: pollFrom(deleted.poll),
    replyTo,
  };
}

/** Moving a draft to another account: uploads belong to the old account's instance, so they are dropped. */
export function draftForAccount(draft: Draft, accountId: string, defaults?: PostingDefaults): Draft {
  if (draft.accountId === accountId) return draft;
  const pristine = draft.text.trim() === '' && !draft.replyTo && !draft.quote;
  return {
    ...draft,
    accountId,
    media: [],
    ...(pristine && defaults
      ? { visibility: defaults.visibility, sensitive: defaults.sensitive, quotePolicy: defaults.quotePolicy }
      : {}),
    failure: null,
  };
}

const onlyMentions = /^(?:\s*@[\w.-]+(?:@[\w.-]+)?)*\s*$/u;

/**
 * Nothing the user would miss: no words beyond prefilled mentions, no media or poll text, and no content
 * warning of their own (a reply's is inherited from the post it answers).
 */
export function isBlank(draft: Draft): boolean {
  return (
    onlyMentions.test(draft.text) &&
    (draft.replyTo !== null || draft.spoilerText.trim() === '') &&
    draft.media.length === 0 &&
    (draft.poll?.options.every((o) => o.trim() === '') ?? true) &&
    !draft.editOf
  );
}

/** Characters the server will count for this draft (the CW only when it is shown). */
export function draftLength(draft: Draft, limits: ComposeLimits): number {
  return countCharacters(draft.text, draft.cw ? draft.spoilerText : '', limits.urlLength);
}

export type DraftProblem =
  | 'empty'
  | 'too_long'
  | 'poll_too_few_options'
  | 'poll_option_too_long'
  | 'poll_duplicate_options'
  | 'poll_too_many_options'
  | 'media_and_poll'
  | 'quote_with_attachments'
  | 'too_many_media'
  | 'uploads_pending'
  | 'schedule_too_soon';

/** Mastodon refuses scheduled posts less than five minutes ahead. */
export const minScheduleAheadMs = 5 * 60 * 1000;

/** Why the draft cannot be published yet, if anything (checked before posting, shown next to the button). */
export function draftProblems(
  draft: Draft,
  limits: ComposeLimits,
  pendingUploads = 0,
  now = Date.now(),
): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const options = draft.poll?.options.map((o) => o.trim()) ?? [];
  const filled = options.filter((o) => o !== '');
  if (draft.text.trim() === '' && draft.media.length === 0 && !draft.poll) problems.push('empty');
  if (draftLength(draft, limits) > limits.maxCharacters) problems.push('too_long');
  if (draft.poll) {
    if (filled.length < 2) problems.push('poll_too_few_options');
    if (filled.length > limits.poll.maxOptions) problems.push('poll_too_many_options');
    if (filled.some((o) => [...o].length > limits.poll.maxCharactersPerOption))
      problems.push('poll_option_too_long');
    if (new Set(filled).size !== filled.length) problems.push('poll_duplicate_options');
    if (draft.media.length > 0) problems.push('media_and_poll');
  }
  if (draft.quote && (draft.media.length > 0 || draft.poll)) problems.push('quote_with_attachments');
  if (draft.media.length > limits.maxMedia) problems.push('too_many_media');
  if (pendingUploads > 0) problems.push('uploads_pending');
  if (draft.scheduledAt && Date.parse(draft.scheduledAt) - now < minScheduleAheadMs)
    problems.push('schedule_too_soon');
  return problems;
}

/** The body of POST /api/v1/statuses for this draft (camelCase, as masto takes it). */
export function createParams(
  draft: Draft,
  ids: { inReplyToId?: string | null; quotedStatusId?: string | null } = {},
) {
  const spoilerText = draft.cw ? draft.spoilerText.trim() : '';
  const closed = draft.visibility === 'private' || draft.visibility === 'direct';
  return {
    status: draft.text,
    visibility: draft.visibility,
    spoilerText,
    sensitive: draft.sensitive || spoilerText !== '',
    language: draft.language,
    ...(draft.media.length > 0 ? { mediaIds: draft.media.map((m) => m.id) } : {}),
    ...(draft.poll ? { poll: pollParams(draft.poll) } : {}),
    ...(draft.replyTo ? { inReplyToId: ids.inReplyToId ?? draft.replyTo.id } : {}),
    ...(draft.quote ? { quotedStatusId: ids.quotedStatusId ?? draft.quote.id } : {}),
    // Ignored by the server for private and direct posts, which nobody else may quote.
    ...(draft.quotePolicy && !closed ? { quoteApprovalPolicy: draft.quotePolicy } : {}),
    ...(draft.scheduledAt ? { scheduledAt: new Date(draft.scheduledAt).toISOString() } : {}),
  };
}

function pollParams(poll: DraftPoll) {
  return {
    options: poll.options.map((o) => o.trim()).filter((o) => o !== ''),
    expiresIn: poll.expiresIn,
    multiple: poll.multiple,
    hideTotals: poll.hideTotals,
  };
}

export const focusParam = (focus: { x: number; y: number }): string =>
  `${focus.x.toFixed(2)},${focus.y.toFixed(2)}`;

/** The body of PUT /api/v1/statuses/:id: media descriptions and focal points travel with the edit. */
export function updateParams(draft: Draft) {
  const spoilerText = draft.cw ? draft.spoilerText.trim() : '';
  return {
    status: draft.text,
    spoilerText,
    sensitive: draft.sensitive || spoilerText !== '',
    language: draft.language,
    // A post carries media or a poll; an empty media list removes the media an edit took away.
    ...(draft.poll
      ? { poll: pollParams(draft.poll) }
      : {
          mediaIds: draft.media.map((m) => m.id),
          mediaAttributes: draft.media.map((m) => ({
            id: m.id,
            description: m.description,
            ...(m.focus ? { focus: focusParam(m.focus) } : {}),
          })),
        }),
  };
}

/** A failed attempt: everything is kept, the idempotency key included, so a retry cannot post twice. */
export function draftFailed(draft: Draft, failure: Omit<DraftFailure, 'at'>, now = Date.now()): Draft {
  return { ...draft, failure: { ...failure, at: now }, updatedAt: now };
}

export function draftPlaced(draft: Draft, placement: DraftPlacement): Draft {
  return draft.placement === placement ? draft : { ...draft, placement };
}
