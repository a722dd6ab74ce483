import type { mastodon } from 'masto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareIds } from '../ids';
import type { FakeInstance } from '../index';
import { restAs, withInstance } from './masto-harness';

let fi: FakeInstance;
let alice: mastodon.rest.Client;

beforeAll(async () => {
  fi = await withInstance();
  alice = await restAs(fi, 'alice');
});
afterAll(() => fi.close());

const newestFirst = (ids: string[]): boolean =>
  ids.every((id, i) => i === 0 || compareIds(ids[i - 1]!, id) > 0);

describe('timelines through masto', () => {
  it('pages home backwards with Link rel="next" until the end, ids newest first and unique', async () => {
    const seen: string[] = [];
    let pages = 0;
    for await (const page of alice.v1.timelines.home.list({ limit: 10 })) {
      pages++;
      seen.push(...page.map((s) => s.id));
      if (pages > 40) break;
    }
    expect(pages).toBeGreaterThan(3);
    expect(new Set(seen).size).toBe(seen.length);
    expect(newestFirst(seen)).toBe(true);
  });

  it('walks forward from an old id with min_id and rel="prev", filling without gaps', async () => {
    const all = await alice.v1.timelines.home.list({ limit: 40 });
    const anchor = all[25]!.id;
    const expected = all
      .slice(0, 25)
      .map((s) => s.id)
      .reverse();
    const forward: string[] = [];
    for await (const page of alice.v1.timelines.home.list({ minId: anchor, limit: 5 }).setDirection('prev')) {
      // Each page is newest first, and the pages walk towards the present.
      expect(newestFirst(page.map((s) => s.id))).toBe(true);
      forward.push(...page.map((s) => s.id).reverse());
    }
    expect(forward).toEqual(expected);
  });

  it('since_id returns the newest page above the cursor; max_id the page below', async () => {
    const all = await alice.v1.timelines.home.list({ limit: 30 });
    const since = await alice.v1.timelines.home.list({ sinceId: all[20]!.id, limit: 5 });
    expect(since.map((s) => s.id)).toEqual(all.slice(0, 5).map((s) => s.id));
    const older = await alice.v1.timelines.home.list({ maxId: all[4]!.id, limit: 3 });
    expect(older.map((s) => s.id)).toEqual(all.slice(5, 8).map((s) => s.id));
  });

  it('sends Link headers Mastodon-style, and none for an empty page', async () => {
    const token = await fi.admin.tokenFor('alice');
    const res = await fetch(`${fi.url}/api/v1/timelines/home?limit=2`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(res.headers.get('link')).toMatch(
      /^<http:\/\/127\.0\.0\.1:\d+\/api\/v1\/timelines\/home\?limit=2&max_id=\d+>; rel="next", <.*min_id=\d+>; rel="prev"$/,
    );
    expect(res.headers.get('x-ratelimit-limit')).toBe('300');
    const newest = ((await res.json()) as { id: string }[])[0]!.id;
    const empty = await fetch(`${fi.url}/api/v1/timelines/home?since_id=${newest}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(await empty.json()).toEqual([]);
    expect(empty.headers.get('link')).toBeNull();
  });

  it('filters the public timeline: local, remote, only_media', async () => {
    const local = await alice.v1.timelines.public.list({ local: true, limit: 40 });
    expect(local.length).toBeGreaterThan(5);
    expect(local.every((s) => !s.account.acct.includes('@') && s.visibility === 'public' && !s.reblog)).toBe(
      true,
    );
    const remote = await alice.v1.timelines.public.list({ remote: true, limit: 40 });
    expect(remote.length).toBeGreaterThan(3);
    expect(remote.every((s) => s.account.acct.includes('@'))).toBe(true);
    const media = await alice.v1.timelines.public.list({ onlyMedia: true, limit: 40 });
    expect(media.length).toBeGreaterThan(3);
    expect(media.every((s) => s.mediaAttachments.length > 0)).toBe(true);
  });

  it('serves tag and list timelines', async () => {
    const tag = await alice.v1.timelines.tag.$select('Photography').list({ limit: 40 });
    expect(tag.length).toBeGreaterThan(0);
    expect(tag.every((s) => s.tags.some((t) => t.name === 'photography'))).toBe(true);
    const lists = await alice.v1.lists.list();
    expect(lists.map((l) => l.title)).toEqual(['Close friends', 'Tech', 'News']);
    const friends = lists[0]!;
    const members = await alice.v1.lists.$select(friends.id).accounts.list();
    const memberIds = new Set(members.map((a) => a.id));
    const timeline = await alice.v1.timelines.list.$select(friends.id).list({ limit: 40 });
    expect(timeline.length).toBeGreaterThan(0);
    expect(timeline.every((s) => memberIds.has(s.account.id))).toBe(true);
  });

  it('keeps exclusive-list members out of home, and brings followed hashtags in', async () => {
    const home = [];
    for await (const page of alice.v1.timelines.home.list({ limit: 40 })) home.push(...page);
    const news = (await alice.v1.lists.list()).find((l) => l.exclusive)!;
    const newsMembers = new Set((await alice.v1.lists.$select(news.id).accounts.list()).map((a) => a.id));
    expect(home.some((s) => newsMembers.has(s.account.id))).toBe(false);
    const followed = new Set(
      (
        await alice.v1.accounts
          .$select((await alice.v1.accounts.verifyCredentials()).id)
          .following.list({ limit: 80 })
      ).map((a) => a.id),
    );
    const viaTags = home.filter(
      (s) => !s.reblog && !followed.has(s.account.id) && s.account.username !== 'alice',
    );
    expect(viaTags.length).toBeGreaterThan(0);
    expect(viaTags.every((s) => s.tags.some((t) => t.name === 'photography' || t.name === 'rustlang'))).toBe(
      true,
    );
  });

  it('pages account statuses with exclude_replies, only_media and pinned', async () => {
    const me = await alice.v1.accounts.verifyCredentials();
    const pinned = await alice.v1.accounts.$select(me.id).statuses.list({ pinned: true });
    expect(pinned).toHaveLength(1);
    expect(pinned[0]!.pinned).toBe(true);
    const chloe = await alice.v1.accounts.lookup({ acct: 'chloe' });
    const noReplies = await alice.v1.accounts
      .$select(chloe.id)
      .statuses.list({ excludeReplies: true, limit: 40 });
    expect(noReplies.every((s) => !s.inReplyToId || s.inReplyToAccountId === chloe.id)).toBe(true);
    const nora = await alice.v1.accounts.lookup({ acct: 'nora@photos.example' });
    const media = await alice.v1.accounts.$select(nora.id).statuses.list({ onlyMedia: true });
    expect(media.every((s) => s.mediaAttachments.length > 0)).toBe(true);
  });

  it('renders bookmarks, favourites and trends', async () => {
    expect((await alice.v1.bookmarks.list()).length).toBeGreaterThan(0);
    const favs = await alice.v1.favourites.list();
    expect(favs.length).toBeGreaterThan(0);
    expect(favs.every((s) => s.favourited)).toBe(true);
    const tags = await alice.v1.trends.tags.list();
    expect(tags.length).toBeGreaterThan(0);
    expect(tags[0]!.history?.length).toBe(7);
    expect((await alice.v1.trends.statuses.list()).length).toBeGreaterThan(0);
    expect((await alice.v1.trends.links.list()).length).toBeGreaterThan(0);
  });
});
