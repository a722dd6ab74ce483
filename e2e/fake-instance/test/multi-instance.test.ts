import type { mastodon } from 'masto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeInstance } from '../index';
import { restAs, withInstance } from './masto-harness';

let one: FakeInstance;
let two: FakeInstance;

beforeAll(async () => {
  [one, two] = await Promise.all([withInstance({ title: 'One' }), withInstance({ title: 'Two', seed: 2 })]);
});
afterAll(async () => {
  await Promise.all([one.close(), two.close()]);
});

describe('several instances at once', () => {
  it('run on their own ephemeral ports with their own tokens', async () => {
    expect(one.url).not.toBe(two.url);
    expect(one.domain).toMatch(/^127\.0\.0\.1:\d+$/);
    const token = await one.admin.tokenFor('alice');
    expect(
      (
        await fetch(`${two.url}/api/v1/accounts/verify_credentials`, {
          headers: { Authorization: `Bearer ${token}` },
        })
      ).status,
    ).toBe(401);
    const [a, b] = await Promise.all([restAs(one, 'alice'), restAs(two, 'alice')]);
    expect((await a.v2.instance.fetch()).title).toBe('One');
    expect((await b.v2.instance.fetch()).title).toBe('Two');
  });

  it('resolve another instance’s post by URL (as after a federation fetch), then act on it', async () => {
    const bobOnTwo = await restAs(two, 'bob');
    const post = await bobOnTwo.v1.statuses.create({ status: 'Hello from the other server' });
    const aliceOnOne = await restAs(one, 'alice');
    const found = await aliceOnOne.v2.search.list({ q: post.url!, resolve: true, type: 'statuses' });
    const copy: mastodon.v1.Status = found.statuses[0]!;
    expect(copy.account.acct).toBe(`bob@${two.domain}`);
    expect(copy.url).toBe(post.url);
    expect(copy.content).toBe(post.content);
    expect((await aliceOnOne.v1.statuses.$select(copy.id).favourite()).favourited).toBe(true);
    const account = await aliceOnOne.v2.search.list({
      q: `@chloe@${two.domain}`,
      resolve: true,
      type: 'accounts',
    });
    expect(account.accounts[0]?.acct).toBe(`chloe@${two.domain}`);
  });

  it('keeps a gentle live stream going when asked', async () => {
    const lively = await withInstance({ gentleLiveStream: true, liveEveryMs: 20 });
    const activity = async (): Promise<number> => {
      const s = await lively.admin.state();
      return (s['statuses'] as number) + (s['notifications'] as number);
    };
    const before = await activity();
    await new Promise((r) => setTimeout(r, 400));
    expect(await activity()).toBeGreaterThan(before);
    // The live activity happens inside the server: nothing was "received".
    expect(await lively.admin.received()).toEqual([]);
    await lively.close();
  });

  it('resets to the seeded state, dropping tokens', async () => {
    const token = await one.admin.tokenFor('bob');
    const bob = await restAs(one, 'bob');
    await bob.v1.statuses.create({ status: 'soon gone' });
    const before = await one.admin.state();
    await one.admin.reset();
    const after = await one.admin.state();
    expect(after['statuses']).toBeLessThan(before['statuses'] as number);
    expect(
      (
        await fetch(`${one.url}/api/v1/accounts/verify_credentials`, {
          headers: { Authorization: `Bearer ${token}` },
        })
      ).status,
    ).toBe(401);
    const empty = await one.admin.reset({ empty: true });
    expect(empty.map((a) => a.username)).toContain('alice');
    expect((await one.admin.state())['statuses']).toBe(0);
    await one.admin.reset();
  });
});
