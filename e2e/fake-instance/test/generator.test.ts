import type { mastodon } from 'masto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeInstance } from '../index';
import { restAs, withInstance } from './masto-harness';

const NOW = Date.parse('2025-11-20T12:00:00Z');
let a: FakeInstance;
let b: FakeInstance;
let c: FakeInstance;

beforeAll(async () => {
  [a, b, c] = await Promise.all([
    withInstance({ now: () => NOW }),
    withInstance({ now: () => NOW }),
    withInstance({ now: () => NOW, seed: 7 }),
  ]);
});
afterAll(async () => {
  await Promise.all([a.close(), b.close(), c.close()]);
});

async function everything(fi: FakeInstance, user = 'alice'): Promise<mastodon.v1.Status[]> {
  const client = await restAs(fi, user);
  const out: mastodon.v1.Status[] = [];
  for await (const page of client.v1.timelines.public.list({ limit: 40 })) out.push(...page);
  for await (const page of client.v1.timelines.home.list({ limit: 40 })) out.push(...page);
  return out;
}

const withoutOrigin = (fi: FakeInstance, value: unknown): string =>
  JSON.stringify(value).replaceAll(fi.url, 'ORIGIN').replaceAll(fi.domain, 'DOMAIN');

describe('the content generator', () => {
  it('is deterministic for a seed and a clock, and differs for another seed', async () => {
    const [x, y, z] = await Promise.all([everything(a), everything(b), everything(c)]);
    expect(withoutOrigin(a, x)).toBe(withoutOrigin(b, y));
    expect(withoutOrigin(c, z)).not.toBe(withoutOrigin(a, x));
  });

  it('covers what a client must render', async () => {
    const all = await everything(a);
    const statuses = [...all, ...all.flatMap((s) => (s.reblog ? [s.reblog] : []))];
    const html = statuses.map((s) => s.content).join('\n');
    expect(html).toContain('<span class="h-card" translate="no">');
    expect(html).toContain('class="mention hashtag" rel="tag"');
    expect(html).toContain('<span class="invisible">https://</span>');
    expect(html).toContain('<span class="ellipsis">');
    expect(html).toContain('<br />');
    expect(html).toContain('</p><p>');
    expect(html).toContain('<p class="quote-inline">RE: ');
    expect(statuses.some((s) => s.spoilerText !== '')).toBe(true);
    expect(statuses.some((s) => s.sensitive && s.mediaAttachments.length > 0)).toBe(true);
    expect(statuses.some((s) => s.mediaAttachments.some((m) => m.description))).toBe(true);
    expect(statuses.some((s) => s.mediaAttachments.length === 4)).toBe(true);
    const polls = statuses.flatMap((s) => (s.poll ? [s.poll] : []));
    expect(polls.some((p) => p.expired)).toBe(true);
    expect(polls.some((p) => !p.expired)).toBe(true);
    expect(polls.some((p) => p.voted)).toBe(true);
    expect(polls.some((p) => p.multiple)).toBe(true);
    expect(statuses.some((s) => s.card?.image)).toBe(true);
    expect(all.some((s) => s.reblog)).toBe(true);
    expect(statuses.some((s) => s.inReplyToId)).toBe(true);
    expect(statuses.some((s) => s.editedAt)).toBe(true);
    expect(statuses.some((s) => s.quote)).toBe(true);
    expect(new Set(statuses.map((s) => s.language)).size).toBeGreaterThanOrEqual(5);
    expect(statuses.some((s) => s.emojis.length > 0)).toBe(true);
    expect(statuses.some((s) => s.account.emojis.length > 0)).toBe(true);
    const domains = new Set(
      statuses.flatMap((s) => (s.account.acct.includes('@') ? [s.account.acct.split('@')[1]] : [])),
    );
    expect(domains.size).toBeGreaterThanOrEqual(4);
    expect(statuses.some((s) => s.account.bot)).toBe(true);
    expect(statuses.some((s) => s.account.group)).toBe(true);
    expect(statuses.some((s) => s.filtered?.length)).toBe(true);
    expect(statuses.length).toBeGreaterThan(200);
  });

  it('seeds a thread, a private mention and an edited post with history', async () => {
    const alice = await restAs(a, 'alice');
    const chloe = await alice.v1.accounts.lookup({ acct: 'chloe' });
    const posts = await alice.v1.accounts.$select(chloe.id).statuses.list({ limit: 40 });
    const threadEnd = posts.find((s) => s.content.includes('4/4'))!;
    const ctx = await alice.v1.statuses.$select(threadEnd.id).context.fetch();
    expect(ctx.ancestors).toHaveLength(3);
    const convs = await alice.v1.conversations.list();
    expect(convs.length).toBeGreaterThan(0);
    const bob = await alice.v1.accounts.lookup({ acct: 'bob' });
    const edited = (await alice.v1.accounts.$select(bob.id).statuses.list({ limit: 40 })).find(
      (s) => s.editedAt,
    )!;
    expect((await alice.v1.statuses.$select(edited.id).history.list()).length).toBe(3);
  });
});
