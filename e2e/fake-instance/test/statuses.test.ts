import { MastoHttpError, type mastodon } from 'masto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeInstance } from '../index';
import { restAs, withInstance } from './masto-harness';

let fi: FakeInstance;
let alice: mastodon.rest.Client;
let bob: mastodon.rest.Client;

beforeAll(async () => {
  fi = await withInstance();
  alice = await restAs(fi, 'alice');
  bob = await restAs(fi, 'bob');
});
afterAll(() => fi.close());

async function httpError(p: Promise<unknown>): Promise<MastoHttpError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof MastoHttpError) return e;
    throw e;
  }
  throw new Error('expected an HTTP error');
}

describe('statuses through masto', () => {
  it('posts with Mastodon-shaped HTML: paragraphs, line breaks, h-card mentions, hashtags, shortened links', async () => {
    const s = await alice.v1.statuses.create({
      status:
        'Hello @bob and @lena@remote.example!\nSee https://example.com/a/really/long/path/that/gets/shortened?x=1\n\n#Testing <b>not bold</b>',
      language: 'en',
    });
    expect(s.content).toContain('<p>Hello <span class="h-card" translate="no"><a href="');
    expect(s.content).toContain('class="u-url mention">@<span>bob</span></a></span>');
    expect(s.content).toContain('<br />');
    expect(s.content).toContain(
      '<span class="invisible">https://</span><span class="ellipsis">example.com/a/really/long/path</span><span class="invisible">/that/gets/shortened?x=1</span>',
    );
    expect(s.content).toContain('</p><p><a href="');
    expect(s.content).toContain(
      'class="mention hashtag" rel="tag">#<span>Testing</span></a> &lt;b&gt;not bold&lt;/b&gt;</p>',
    );
    expect(s.mentions.map((m) => m.acct).sort()).toEqual(['bob', 'lena@remote.example']);
    expect(s.tags).toEqual([expect.objectContaining({ name: 'testing' })]);
    expect(s.card?.url).toBe('https://example.com/a/really/long/path/that/gets/shortened?x=1');
    expect(s.application).toEqual({ name: 'Web', website: null });
  });

  it('honours Idempotency-Key: the same key returns the same status, and the server saw the header', async () => {
    const meta = { requestInit: { headers: { 'Idempotency-Key': 'key-123' } } };
    const a = await alice.v1.statuses.create({ status: 'only once' }, meta);
    const b = await alice.v1.statuses.create({ status: 'only once' }, meta);
    expect(b.id).toBe(a.id);
    const posts = await fi.admin.received({ path: '/api/v1/statuses', method: 'POST' });
    expect(posts.at(-1)?.headers.idempotencyKey).toBe('key-123');
    expect(await fi.admin.lastStatusBody()).toEqual({ status: 'only once' });
  });

  it('answers 422 with details for an empty post and one over 500 characters', async () => {
    const empty = await httpError(alice.v1.statuses.create({ status: '' }));
    expect(empty.statusCode).toBe(422);
    expect(empty.message).toBe("Validation failed: Text can't be blank");
    expect(empty.details).toEqual({ text: [{ error: 'ERR_BLANK', description: "can't be blank" }] });
    const long = await httpError(alice.v1.statuses.create({ status: 'x'.repeat(501) }));
    expect(long.statusCode).toBe(422);
    // URLs count as 23 characters, so this one fits.
    await alice.v1.statuses.create({ status: `${'y'.repeat(470)} https://example.com/${'z'.repeat(200)}` });
  });

  it('edits with history and source; deletes returning the source text', async () => {
    const s = await alice.v1.statuses.create({ status: 'first version', spoilerText: 'cw' });
    const edited = await alice.v1.statuses
      .$select(s.id)
      .update({ status: 'second version', spoilerText: 'cw' });
    expect(edited.editedAt).not.toBeNull();
    expect(edited.content).toBe('<p>second version</p>');
    const history = await alice.v1.statuses.$select(s.id).history.list();
    expect(history.map((h) => h.content)).toEqual(['<p>first version</p>', '<p>second version</p>']);
    const source = await alice.v1.statuses.$select(s.id).source.fetch();
    expect(source).toEqual({ id: s.id, text: 'second version', spoilerText: 'cw' });
    const deleted = await alice.v1.statuses.$select(s.id).remove();
    expect(deleted.text).toBe('second version');
    expect((await httpError(alice.v1.statuses.$select(s.id).fetch())).statusCode).toBe(404);
  });

  it('favourites, boosts, bookmarks, pins and undoes them, with counts', async () => {
    const s = await bob.v1.statuses.create({ status: 'interact with me' });
    const fav = await alice.v1.statuses.$select(s.id).favourite();
    expect(fav.favourited).toBe(true);
    expect(fav.favouritesCount).toBe(1);
    const boost = await alice.v1.statuses.$select(s.id).reblog();
    expect(boost.reblog?.id).toBe(s.id);
    expect(boost.reblog?.reblogged).toBe(true);
    expect((await alice.v1.statuses.$select(s.id).bookmark()).bookmarked).toBe(true);
    expect((await alice.v1.statuses.$select(s.id).unbookmark()).bookmarked).toBe(false);
    const unboosted = await alice.v1.statuses.$select(s.id).unreblog();
    expect(unboosted.reblogged).toBe(false);
    expect(unboosted.reblogsCount).toBe(0);
    expect((await alice.v1.statuses.$select(s.id).unfavourite()).favouritesCount).toBe(0);
    const favouritedBy = await bob.v1.statuses.$select(s.id).favouritedBy.list();
    expect(favouritedBy).toEqual([]);
    const mine = await bob.v1.statuses.create({ status: 'pin me' });
    expect((await bob.v1.statuses.$select(mine.id).pin()).pinned).toBe(true);
    expect((await bob.v1.statuses.$select(mine.id).unpin()).pinned).toBe(false);
  });

  it('builds threads: replies, context with ancestors and descendants', async () => {
    const root = await alice.v1.statuses.create({ status: 'root' });
    const reply = await bob.v1.statuses.create({ status: '@alice reply', inReplyToId: root.id });
    const nested = await alice.v1.statuses.create({ status: '@bob nested', inReplyToId: reply.id });
    expect(reply.inReplyToAccountId).toBe(root.account.id);
    const ctx = await alice.v1.statuses.$select(reply.id).context.fetch();
    expect(ctx.ancestors.map((s) => s.id)).toEqual([root.id]);
    expect(ctx.descendants.map((s) => s.id)).toEqual([nested.id]);
    expect((await alice.v1.statuses.$select(root.id).fetch()).repliesCount).toBe(1);
  });

  it('creates, votes and reads polls (single and multiple choice), refusing a second vote', async () => {
    const s = await bob.v1.statuses.create({
      status: 'Pick',
      poll: { options: ['a', 'b', 'c'], expiresIn: 3600, multiple: true },
    });
    expect(s.poll?.options.map((o) => o.title)).toEqual(['a', 'b', 'c']);
    const voted = await alice.v1.polls.$select(s.poll!.id).votes.create({ choices: [0, 2] });
    expect(voted.voted).toBe(true);
    expect(voted.ownVotes).toEqual([0, 2]);
    expect(voted.votesCount).toBe(2);
    expect(voted.votersCount).toBe(1);
    expect(
      (await httpError(alice.v1.polls.$select(s.poll!.id).votes.create({ choices: [1] }))).statusCode,
    ).toBe(422);
    await fi.admin.advanceClock(3601_000);
    const ended = await alice.v1.polls.$select(s.poll!.id).fetch();
    expect(ended.expired).toBe(true);
  });

  it('serves quote posts (4.5): quote, quote_approval, quotes list, and the RE: fallback', async () => {
    const original = await bob.v1.statuses.create({ status: 'quote me' });
    const quote = await alice.v1.statuses.create({ status: 'so true', quotedStatusId: original.id });
    expect(quote.quote).toMatchObject({ state: 'accepted', quotedStatus: { id: original.id } });
    expect(quote.content).toMatch(/^<p class="quote-inline">RE: <a href="[^"]+\/@bob\//);
    expect(original.quoteApproval).toEqual({ automatic: ['public'], manual: [], currentUser: 'automatic' });
    const quotes = await bob.v1.statuses.$select(original.id).quotes.list();
    expect(quotes.map((q) => q.id)).toEqual([quote.id]);
    expect((await bob.v1.statuses.$select(original.id).fetch()).quotesCount).toBe(1);
  });

  it('translates foreign-language posts, refusing same-language ones', async () => {
    const page = await alice.v1.timelines.public.list({ limit: 40 });
    let foreign = page.find((s) => s.language && s.language !== 'en');
    for await (const more of alice.v1.timelines.public.list({ limit: 40 })) {
      foreign ??= more.find((s) => s.language && s.language !== 'en');
      if (foreign) break;
    }
    const t = await alice.v1.statuses.$select(foreign!.id).translate({ lang: 'en' });
    expect(t.content).toMatch(/^<p>/);
    expect(t.provider).toBe('FakeL Translator');
    const english = page.find((s) => s.language === 'en' && s.visibility === 'public')!;
    expect(
      (await httpError(alice.v1.statuses.$select(english.id).translate({ lang: 'en' }))).statusCode,
    ).toBe(403);
  });

  it('hides private posts from strangers (404) and shows them to approved followers', async () => {
    const hana = await restAs(fi, 'hana');
    const priv = await hana.v1.statuses.create({ status: 'friends only', visibility: 'private' });
    expect((await httpError(alice.v1.statuses.$select(priv.id).fetch())).message).toBe('Record not found');
    // alice asked to follow the locked account; hana approves.
    const requests = await hana.v1.followRequests.list();
    const aliceId = (await alice.v1.accounts.verifyCredentials()).id;
    expect(requests.map((a) => a.id)).toContain(aliceId);
    const rel = await hana.v1.followRequests.$select(aliceId).authorize();
    expect(rel.followedBy).toBe(true);
    expect((await alice.v1.statuses.$select(priv.id).fetch()).id).toBe(priv.id);
  });

  it('marks filtered statuses for the viewer (v2 filters: warn, hide, blur)', async () => {
    const s = await bob.v1.statuses.create({ status: 'Is crypto over yet?' });
    const seen = await alice.v1.statuses.$select(s.id).fetch();
    expect(seen.filtered?.[0]).toMatchObject({
      filter: { title: 'Crypto', filterAction: 'hide' },
      keywordMatches: ['crypto'],
    });
    const filters = await alice.v2.filters.list();
    expect(filters.map((f) => f.filterAction).sort()).toEqual(['blur', 'hide', 'warn']);
  });
});
