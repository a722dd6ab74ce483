import { describe, expect, it } from 'vitest';
import { draftSchema } from '../../../../electron/ipc/types/drafts';
import { makeAccount, makeStatus } from '../../test/factories';
import {
  createParams,
  defaultPoll,
  draftFailed,
  draftForAccount,
  draftLength,
  draftProblems,
  editDraft,
  isBlank,
  moreRestrictive,
  newDraft,
  quoteDraft,
  redraftDraft,
  replyDraft,
  replyMentions,
  updateParams,
  type Draft,
} from './draft';
import { defaultLimits } from './limits';

const me = { acct: 'me@home.example', username: 'me' };
const now = Date.parse('2026-03-01T12:00:00Z');
const draft = (patch: Partial<Draft> = {}): Draft => ({
  ...newDraft('1@home.example', undefined, now),
  ...patch,
});
const image = (id: string) => ({
  id,
  type: 'image' as const,
  previewUrl: null,
  url: null,
  fileName: `${id}.png`,
  description: '',
  focus: null,
  dirty: false,
});

describe('a new draft', () => {
  it('is valid for the host and takes the account’s posting defaults', () => {
    const d = newDraft(
      '1@home.example',
      { visibility: 'unlisted', sensitive: true, language: 'fr', quotePolicy: 'followers' },
      now,
    );
    expect(draftSchema.safeParse(d).success).toBe(true);
    expect(d).toMatchObject({
      visibility: 'unlisted',
      sensitive: true,
      language: 'fr',
      quotePolicy: 'followers',
    });
    expect(d.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(isBlank(d)).toBe(true);
  });

  it('gets its own id and idempotency key', () => {
    const [a, b] = [newDraft('x'), newDraft('x')];
    expect(a.id).not.toBe(b.id);
    expect(a.idempotencyKey).not.toBe(b.idempotencyKey);
  });
});

describe('replies', () => {
  const bob = makeAccount({ acct: 'bob@remote.example', username: 'bob' });
  const status = makeStatus({
    account: bob,
    mentions: [
      { id: '1', acct: 'me', username: 'me', url: '' },
      { id: '2', acct: 'carol', username: 'carol', url: '' },
      { id: '3', acct: 'bob@remote.example', username: 'bob', url: '' },
    ],
    spoilerText: 'politics',
    visibility: 'private',
    language: 'de',
  });

  it('mention the author and everyone mentioned, once each, but not the one replying', () => {
    expect(replyMentions(status, me)).toBe('@bob@remote.example @carol ');
  });

  it('carry the content warning and language, and never widen the audience', () => {
    const reply = replyDraft(draft({ visibility: 'public' }), status, me);
    expect(reply).toMatchObject({ cw: true, spoilerText: 'politics', visibility: 'private', language: 'de' });
    expect(reply.replyTo).toMatchObject({
      id: status.id,
      accountId: '1@home.example',
      authorAcct: 'bob@remote.example',
    });
    expect(replyDraft(draft({ visibility: 'direct' }), status, me).visibility).toBe('direct');
  });

  it('with only the prefilled mentions count as blank (nothing to lose)', () => {
    const reply = replyDraft(draft(), status, me);
    expect(isBlank(reply)).toBe(true);
    expect(isBlank({ ...reply, text: `${reply.text}sure!` })).toBe(false);
  });

  it('send in_reply_to_id', () => {
    expect(createParams(replyDraft(draft(), status, me))).toMatchObject({
      inReplyToId: status.id,
      spoilerText: 'politics',
      sensitive: true,
    });
  });

  it('orders visibilities from open to closed', () => {
    expect(moreRestrictive('public', 'unlisted')).toBe('unlisted');
    expect(moreRestrictive('direct', 'private')).toBe('direct');
  });
});

describe('quotes (4.5 rules)', () => {
  it('attach the quoted post and drop media and poll', () => {
    const quoted = makeStatus({ id: '77' });
    const q = quoteDraft(draft({ media: [image('m1')], poll: defaultPoll() }), quoted);
    expect(q.media).toEqual([]);
    expect(q.poll).toBeNull();
    expect(createParams(q)).toMatchObject({ quotedStatusId: '77' });
  });

  it('refuse media or a poll added afterwards', () => {
    const q = quoteDraft(draft({ text: 'look' }), makeStatus());
    expect(draftProblems({ ...q, media: [image('m')] }, defaultLimits)).toContain('quote_with_attachments');
    expect(draftProblems({ ...q, poll: { ...defaultPoll(), options: ['a', 'b'] } }, defaultLimits)).toContain(
      'quote_with_attachments',
    );
  });

  it('of a followers-only post stay followers-only', () => {
    expect(
      quoteDraft(draft({ visibility: 'public' }), makeStatus({ visibility: 'private' })).visibility,
    ).toBe('private');
  });

  it('send the quote policy, except for posts nobody else may quote', () => {
    expect(createParams(draft({ text: 'x', quotePolicy: 'followers' }))).toMatchObject({
      quoteApprovalPolicy: 'followers',
    });
    expect(
      createParams(draft({ text: 'x', quotePolicy: 'public', visibility: 'private' })),
    ).not.toHaveProperty('quoteApprovalPolicy');
  });
});

describe('editing and redrafting', () => {
  const status = makeStatus({
    id: '9',
    content: '<p>Helo world</p>',
    spoilerText: 'cw',
    visibility: 'unlisted',
    language: 'en',
    mediaAttachments: [
      {
        id: 'm1',
        type: 'image',
        url: 'https://h.example/m1.png',
        previewUrl: 'https://h.example/m1s.png',
        description: 'a bird',
        meta: { focus: { x: 0.5, y: -0.25 } },
      } as never,
    ],
  });

  it('starts an edit from the post’s source, with its media and their alt text', () => {
    const edit = editDraft(draft(), status, { id: '9', text: 'Helo world', spoilerText: 'cw' });
    expect(edit).toMatchObject({
      text: 'Helo world',
      spoilerText: 'cw',
      cw: true,
      visibility: 'unlisted',
      editOf: { statusId: '9' },
    });
    expect(edit.media).toEqual([
      expect.objectContaining({ id: 'm1', description: 'a bird', focus: { x: 0.5, y: -0.25 }, dirty: false }),
    ]);
    expect(updateParams({ ...edit, text: 'Hello world' })).toEqual({
      status: 'Hello world',
      spoilerText: 'cw',
      sensitive: true,
      language: 'en',
      mediaIds: ['m1'],
      mediaAttributes: [{ id: 'm1', description: 'a bird', focus: '0.50,-0.25' }],
    });
    expect(isBlank(edit)).toBe(false);
  });

  it('redrafts a deleted post from the text the server returned', () => {
    const re = redraftDraft(draft(), { ...status, text: 'Helo world (source)' }, null);
    expect(re).toMatchObject({
      text: 'Helo world (source)',
      spoilerText: 'cw',
      visibility: 'unlisted',
      editOf: null,
    });
    expect(re.media.map((m) => m.id)).toEqual(['m1']);
  });
});

describe('checks before posting', () => {
  it('finds nothing wrong with a plain post', () => {
    expect(draftProblems(draft({ text: 'hi' }), defaultLimits)).toEqual([]);
  });

  it('needs text, media or a poll', () => {
    expect(draftProblems(draft({ text: '  ' }), defaultLimits)).toEqual(['empty']);
    expect(draftProblems(draft({ media: [image('m')] }), defaultLimits)).toEqual([]);
  });

  it('counts with the instance’s rules and limit, the CW included only when shown', () => {
    const long = draft({ text: 'a'.repeat(495), spoilerText: 'abcdef', cw: true });
    expect(draftLength(long, defaultLimits)).toBe(501);
    expect(draftProblems(long, defaultLimits)).toEqual(['too_long']);
    expect(draftProblems({ ...long, cw: false }, defaultLimits)).toEqual([]);
    expect(draftProblems(long, { ...defaultLimits, maxCharacters: 1000 })).toEqual([]);
    expect(draftLength(draft({ text: `https://example.com/ ${'x'.repeat(200)}` }), defaultLimits)).toBe(224);
  });

  it('checks the poll against the instance’s limits', () => {
    const poll = (options: string[]) => draft({ text: 'q', poll: { ...defaultPoll(), options } });
    expect(draftProblems(poll(['yes', '']), defaultLimits)).toEqual(['poll_too_few_options']);
    expect(draftProblems(poll(['a', 'b', 'c', 'd', 'e']), defaultLimits)).toEqual(['poll_too_many_options']);
    expect(draftProblems(poll(['a', 'x'.repeat(51)]), defaultLimits)).toEqual(['poll_option_too_long']);
    expect(draftProblems(poll(['same', 'same ']), defaultLimits)).toEqual(['poll_duplicate_options']);
    expect(createParams(poll(['yes', ' no ', '']))).toMatchObject({
      poll: { options: ['yes', 'no'], expiresIn: 86_400, multiple: false, hideTotals: false },
    });
  });

  it('waits for uploads and refuses a schedule less than five minutes ahead', () => {
    expect(draftProblems(draft({ text: 'x' }), defaultLimits, 1)).toEqual(['uploads_pending']);
    const soon = new Date(now + 60_000).toISOString();
    const later = new Date(now + 3600_000).toISOString();
    expect(draftProblems(draft({ text: 'x', scheduledAt: soon }), defaultLimits, 0, now)).toEqual([
      'schedule_too_soon',
    ]);
    expect(draftProblems(draft({ text: 'x', scheduledAt: later }), defaultLimits, 0, now)).toEqual([]);
    expect(createParams(draft({ text: 'x', scheduledAt: later }))).toMatchObject({
      scheduledAt: '2026-03-01T13:00:00.000Z',
    });
  });
});

describe('idempotency', () => {
  it('a failed attempt keeps the draft whole, its key included', () => {
    const d = draft({ text: 'exactly once' });
    const failed = draftFailed(d, { kind: 'server_error' }, now + 1);
    expect(failed.idempotencyKey).toBe(d.idempotencyKey);
    expect(failed).toMatchObject({ text: 'exactly once', failure: { kind: 'server_error', at: now + 1 } });
    const again = draftFailed(
      { ...failed, text: 'exactly once!' },
      { kind: 'rate_limited', retryAt: now + 60_000 },
      now + 2,
    );
    expect(again.idempotencyKey).toBe(d.idempotencyKey);
  });

  it('moving to another account drops uploads, which belong to the old instance', () => {
    const moved = draftForAccount(draft({ text: 'hi', media: [image('m')] }), '2@other.example');
    expect(moved).toMatchObject({ accountId: '2@other.example', media: [], text: 'hi' });
  });
});
