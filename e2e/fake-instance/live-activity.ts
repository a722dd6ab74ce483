import { ENGLISH, REPLIES } from './generator/corpus';
import { Prng } from './generator/prng';
import { editStatus } from './services/edit-status';
import { favourite, reblog } from './services/interactions';
import { postStatus } from './services/post-status';
import type { World } from './world';

/**
 * The demo's "gentle live stream": every few seconds someone posts, or favourites, boosts or mentions
 * alice or bob, so a running client always has something arriving.
 */
export class LiveActivity {
  private timer: NodeJS.Timeout | undefined;
  private rng = new Prng(0x11fe);
  private n = 0;

  constructor(private readonly world: () => World) {}

  start(everyMs = 4000): void {
    this.stop();
    this.timer = setInterval(() => this.step(), everyMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private step(): void {
    const w = this.world();
    const rng = this.rng;
    const people = [...w.store.accounts.values()].filter((a) => !a.locked && !a.bot);
    const targets = ['alice', 'bob'].flatMap((n) => w.store.accountByAcct(n, w.domain) ?? []);
    if (people.length === 0 || targets.length === 0) return;
    const actor = rng.pick(people);
    const target = rng.pick(targets);
    const roll = rng.next();
    this.n++;
    try {
      if (roll < 0.55) {
        postStatus(w, {
          accountId: actor.id,
          text: rng
            .pick(ENGLISH)
            .replace(/\{[^}]+\}/g, '')
            .trim(),
          language: 'en',
        });
      } else if (roll < 0.8) {
        const theirs = [...w.store.statusesDesc()]
          .filter((s) => s.accountId === target.id && !s.reblogOfId && s.visibility === 'public')
          .slice(0, 10);
        if (theirs.length && actor.id !== target.id) {
          const s = rng.pick(theirs);
          if (rng.chance(0.6)) favourite(w, actor.id, s.id);
          else reblog(w, actor.id, s.id);
        }
      } else if (roll < 0.93) {
        if (actor.id !== target.id) {
          const handle = actor.domain === null ? `@${target.username}` : `@${target.username}@${w.domain}`;
          postStatus(w, { accountId: actor.id, text: `${handle} ${rng.pick(REPLIES)}`, language: 'en' });
        }
      } else {
        const mine = [...w.store.statusesDesc()].find(
          (s) => s.accountId === actor.id && !s.reblogOfId && !s.pollId,
        );
        if (mine) editStatus(w, mine.id, { text: `${mine.text} (edited)` });
      }
    } catch {
      // Visibility or validation rules said no this time; try something else next tick.
    }
  }
}
