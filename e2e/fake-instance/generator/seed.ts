import type { World } from '../world';
import { formatNotes, LOCAL_ACCOUNTS, makeAccount, REMOTE_ACCOUNTS, type AccountSpec } from './accounts';
import { EMOJI_CODES } from './corpus';
import { Prng } from './prng';
import { seedAliceSettings } from './seed-alice';
import { DAY, SeedContext } from './seed-context';
import { seedCurated } from './seed-curated';
import { seedEngagement } from './seed-engagement';
import { seedFollowGraph } from './seed-social';
import { seedTimeline } from './seed-timeline';

/**
 * Seeds a believable instance: a cast of local and remote accounts, a follow graph, ~250 statuses over
 * the last three days covering every shape a client must render, interactions, notifications of every
 * type for alice, lists, followed tags, filters, bookmarks, markers. Same seed → same content.
 */

export interface SeedSummary {
  accounts: { username: string; acct: string; id: string; local: boolean }[];
  statuses: number;
}

/** Accounts only: alice and bob (and friends) with no content, for tests that want a blank slate. */
export function seedAccountsOnly(w: World, seed: number, now = w.clock.now()): void {
  const rng = new Prng(seed);
  seedEmojis(w, rng);
  for (const spec of LOCAL_ACCOUNTS) makeAccount(w, spec, rng, now - rng.int(200, 900) * DAY);
  formatNotes(w);
}

function seedEmojis(w: World, rng: Prng): void {
  w.store.customEmojis = EMOJI_CODES.map((shortcode, i) => ({
    shortcode,
    category: i < 2 ? 'Blobs' : i < 4 ? 'Logos' : 'Reactions',
    visibleInPicker: shortcode !== 'verified',
    look: rng.int(1, 999_999),
  }));
}

function seedAll(sc: SeedContext): void {
  seedEmojis(sc.w, sc.rng);
  const specs: AccountSpec[] = [...LOCAL_ACCOUNTS, ...REMOTE_ACCOUNTS];
  for (const spec of specs) {
    const a = makeAccount(sc.w, spec, sc.rng, sc.now - sc.rng.int(200, 1800) * DAY);
    sc.byName.set(spec.domain ? `${spec.username}@${spec.domain}` : spec.username, a);
  }
  formatNotes(sc.w);
  seedFollowGraph(sc);
  seedTimeline(sc);
  seedCurated(sc);
  seedEngagement(sc);
  seedAliceSettings(sc);
  sc.w.store.announcements.push({
    id: '1',
    content:
      '<p>Welcome to the demo server! Everything here is generated; feel free to post, boost and break things.</p>',
    publishedAt: sc.now - 2 * DAY,
    dismissedBy: new Set(),
  });
}

/** `now` anchors "the last three days"; reusing it makes a reset reproduce the same ids. */
export function seedDemo(w: World, seed: number, now = w.clock.now()): SeedSummary {
  seedAll(new SeedContext(w, new Prng(seed), now));
  return {
    accounts: [...w.store.accounts.values()].map((a) => ({
      username: a.username,
      acct: a.domain ? `${a.username}@${a.domain}` : a.username,
      id: a.id,
      local: a.domain === null,
    })),
    statuses: w.store.statuses.size,
  };
}
