import { ENGLISH, REPLIES } from './generator/corpus';
import { makeMedia } from './generator/media';
import { Prng } from './generator/prng';
import { deleteStatus } from './services/delete-status';
import { postStatus } from './services/post-status';
import type { AccountRecord } from './store';
import type { World } from './world';

/** Where firehose posts should show up; each tick cycles through the targets. */
export type FirehoseTarget =
  | 'public'
  | 'local'
  | 'remote'
  | 'media'
  | 'home'
  | { hashtag: string }
  | { list: string }
  | { home: string };

export interface FirehoseOptions {
  perSecond: number;
  streams?: FirehoseTarget[];
  /** Authors to post as (usernames or acct); otherwise chosen to fit each target. */
  as?: string[];
  /** Stop after this many posts. */
  count?: number;
  /** Whose home feed `'home'` means (default alice). */
  viewer?: string;
}

/** Keeps at most this many firehose posts; older ones are dropped silently. */
const MAX_EPHEMERAL = 5000;

export class Firehose {
  private timer: NodeJS.Timeout | undefined;
  private startedAt = 0;
  private rng = new Prng(0xf1e);
  posted = 0;
  private ephemeral: string[] = [];

  constructor(private readonly world: () => World) {}

  get running(): boolean {
    return this.timer !== undefined;
  }

  start(o: FirehoseOptions): void {
    this.stop();
    const targets = o.streams?.length ? o.streams : ['public' as const];
    const rate = Math.max(0.01, o.perSecond);
    this.posted = 0;
    this.startedAt = Date.now();
    let i = 0;
    const tick = (): void => {
      const due = Math.floor(((Date.now() - this.startedAt) / 1000) * rate) + 1;
      while (this.posted < due) {
        if (o.count !== undefined && this.posted >= o.count) {
          this.stop();
          return;
        }
        this.postOne(targets[i++ % targets.length]!, o);
        this.posted++;
      }
    };
    tick();
    this.timer = setInterval(tick, Math.max(10, Math.min(1000, 1000 / rate)));
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private authors(target: FirehoseTarget, o: FirehoseOptions): AccountRecord[] {
    const w = this.world();
    const all = [...w.store.accounts.values()].filter((a) => !a.locked);
    if (o.as?.length) return o.as.flatMap((n) => w.store.accountByAcct(n, w.domain) ?? []);
    if (target === 'remote') return all.filter((a) => a.domain !== null);
    if (target === 'public' || target === 'local' || target === 'media')
      return all.filter((a) => a.domain === null && a.username !== (o.viewer ?? 'alice'));
    if (target === 'home' || (typeof target === 'object' && 'home' in target)) {
      const viewer = w.store.accountByAcct(
        typeof target === 'object' && 'home' in target ? target.home : (o.viewer ?? 'alice'),
        w.domain,
      );
      return viewer ? w.store.followingIds(viewer.id).flatMap((id) => w.store.account(id) ?? []) : [];
    }
    if (typeof target === 'object' && 'list' in target) {
      return [...(w.store.lists.get(target.list)?.members ?? [])].flatMap((id) => w.store.account(id) ?? []);
    }
    return all;
  }

  private postOne(target: FirehoseTarget, o: FirehoseOptions): void {
    const w = this.world();
    const authors = this.authors(target, o);
    if (authors.length === 0) return;
    const author = this.rng.pick(authors);
    const tags = typeof target === 'object' && 'hashtag' in target ? [target.hashtag] : [];
    const text = `${
      this.rng.chance(0.8)
        ? this.rng
            .pick(ENGLISH)
            .replace(/\{[^}]+\}/g, '')
            .trim()
        : this.rng.pick(REPLIES)
    } (#${this.posted + 1})`;
    const mediaIds =
      target === 'media'
        ? [
            makeMedia(w, this.rng, author.id, 'image', w.clock.now(), 'A generated landscape.', author.domain)
              .id,
          ]
        : [];
    const s = postStatus(w, {
      accountId: author.id,
      text,
      tags,
      mediaIds,
      visibility: 'public',
      language: 'en',
      ephemeral: true,
      application: { name: 'Firehose', website: null },
    });
    this.ephemeral.push(s.id);
    if (this.ephemeral.length > MAX_EPHEMERAL) {
      const old = this.ephemeral.shift()!;
      if (w.store.status(old)) deleteStatus(w, old, { silent: true, deleteMedia: true });
    }
  }
}
