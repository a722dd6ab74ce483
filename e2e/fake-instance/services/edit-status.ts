import { notFound, unprocessable } from '../http/reply';
import type { EditRecord, StatusRecord } from '../store';
import type { World } from '../world';
import { cardFor, firstLink } from '../generator/cards';
import { composeHtml, quoteInline } from './compose';
import { notify } from './notify';
import { checkAttachable, makePoll, validatePoll, validateText, type PollInput } from './status-input';
import { publishStatus } from './stream-events';
import { statusUrl } from '../urls';

export interface EditInput {
  text?: string;
  html?: string;
  spoilerText?: string;
  sensitive?: boolean;
  language?: string | null;
  mediaIds?: string[];
  mediaAttributes?: { id: string; description?: string | null; focus?: string | null }[];
  poll?: PollInput | null;
  at?: number;
  silent?: boolean;
}

function snapshot(w: World, s: StatusRecord, at: number): EditRecord {
  const poll = s.pollId ? w.store.polls.get(s.pollId) : undefined;
  return {
    text: s.text,
    html: s.html,
    spoilerText: s.spoilerText,
    sensitive: s.sensitive,
    mediaIds: [...s.mediaIds],
    pollOptions: poll ? [...poll.options] : null,
    createdAt: at,
  };
}

/** PUT /api/v1/statuses/:id: keeps history, re-renders, streams `status.update`, notifies boosters. */
export function editStatus(w: World, statusId: string, input: EditInput): StatusRecord {
  const store = w.store;
  const s = store.status(statusId);
  if (!s || s.reblogOfId) throw notFound();
  const now = input.at ?? w.clock.now();
  const text = input.text ?? s.text;
  const spoilerText = input.spoilerText ?? s.spoilerText;
  const mediaIds = input.mediaIds ?? s.mediaIds;
  if (input.html === undefined)
    validateText(text, spoilerText, mediaIds.length > 0 || Boolean(input.poll ?? s.pollId));
  if (input.poll) validatePoll(input.poll);
  if (mediaIds.length && (input.poll ?? (input.poll === undefined && s.pollId))) {
    throw unprocessable('Validation failed: Cannot attach files to a post with a poll');
  }
  checkAttachable(w, s.accountId, mediaIds, s.id);

  // History starts with the original version, then every edit (GET /history lists them oldest first).
  if (s.edits.length === 0) s.edits.push(snapshot(w, s, s.createdAt));
  const previousMentions = new Set(s.mentionIds);

  const composed =
    input.html !== undefined
      ? { html: input.html, mentionIds: s.mentionIds, tags: s.tags, emojiCodes: s.emojiCodes }
      : composeHtml(w, text);
  let html = composed.html;
  const quoted = s.quote ? store.status(s.quote.statusId) : undefined;
  const quotedUrl = quoted ? statusUrl(w, quoted, store.account(quoted.accountId)!) : undefined;
  if (quotedUrl && !text.includes(quotedUrl)) html = quoteInline(quotedUrl) + html;

  s.text = text;
  s.html = html;
  s.spoilerText = spoilerText;
  s.sensitive = (input.sensitive ?? s.sensitive) || spoilerText !== '';
  if (input.language !== undefined) s.language = input.language;
  s.mentionIds = composed.mentionIds.filter((m) => m !== s.accountId);
  s.tags = composed.tags;
  s.emojiCodes = composed.emojiCodes;
  for (const id of s.mediaIds) if (!mediaIds.includes(id)) store.media.get(id)!.statusId = null;
  s.mediaIds = [...mediaIds];
  for (const id of mediaIds) store.media.get(id)!.statusId = s.id;
  for (const attr of input.mediaAttributes ?? []) {
    const m = store.media.get(attr.id);
    if (!m || m.statusId !== s.id) continue;
    if (attr.description !== undefined) m.description = attr.description;
    if (attr.focus) {
      const [x, y] = attr.focus.split(',').map(Number);
      if (Number.isFinite(x) && Number.isFinite(y)) m.focus = { x: x!, y: y! };
    }
  }
  if (input.poll === null) s.pollId = null;
  else if (input.poll) {
    const existing = s.pollId ? store.polls.get(s.pollId) : undefined;
    const sameOptions = existing && existing.options.join('\u0000') === input.poll.options.join('\u0000');
    if (!sameOptions) {
      const poll = makePoll(w, s.id, input.poll, now);
      store.polls.set(poll.id, poll);
      s.pollId = poll.id;
    }
  }
  if (mediaIds.length === 0 && !s.quote) {
    const link = firstLink(html);
    s.card = link ? cardFor(w, link, now) : null;
  }
  s.editedAt = now;
  s.edits.push(snapshot(w, s, now));

  const silent = input.silent ?? false;
  for (const reblog of store.reblogsOf(s.id)) {
    notify(w, {
      recipientId: reblog.accountId,
      type: 'update',
      fromId: s.accountId,
      statusId: s.id,
      createdAt: now,
      silent,
    });
  }
  for (const q of store.quotesOf(s.id)) {
    notify(w, {
      recipientId: q.accountId,
      type: 'quoted_update',
      fromId: s.accountId,
      statusId: q.id,
      createdAt: now,
      silent,
    });
  }
  for (const m of s.mentionIds) {
    if (!previousMentions.has(m))
      notify(w, {
        recipientId: m,
        type: 'mention',
        fromId: s.accountId,
        statusId: s.id,
        createdAt: now,
        silent,
      });
  }
  if (!silent) publishStatus(w, s, 'status.update');
  return s;
}
