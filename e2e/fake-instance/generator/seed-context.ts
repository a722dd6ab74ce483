import type { AccountRecord, StatusRecord } from '../store';
import type { World } from '../world';
import { groupKeyFor } from '../services/notify';
import { postStatus, type PostInput } from '../services/post-status';
import { KNOWN_LINKS } from './cards';
import { ALT_TEXTS, type Line } from './corpus';
import { makeMedia } from './media';
import type { Prng } from './prng';

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;

/** What every seeding step shares: the world, the PRNG, the anchor time, and a few writing shortcuts. */
export class SeedContext {
  readonly byName = new Map<string, AccountRecord>();
  recent: StatusRecord[] = [];

  constructor(
    readonly w: World,
    readonly rng: Prng,
    readonly now: number,
  ) {}

  acc(name: string): AccountRecord {
    const a = this.byName.get(name);
    if (!a) throw new Error(`no seeded account ${name}`);
    return a;
  }

  post(
    author: string,
    at: number,
    input: Omit<PostInput, 'accountId' | 'createdAt' | 'silent'>,
  ): StatusRecord {
    const s = postStatus(this.w, {
      ...input,
      accountId: this.acc(author).id,
      createdAt: at,
      silent: true,
      application: null,
    });
    this.recent.push(s);
    return s;
  }

  /** `{tag:x}`, `{link}` and `{emoji}` placeholders → text the formatter understands. */
  fill(text: string, link = this.rng.pick(KNOWN_LINKS).url): string {
    return text
      .replace(/\{tag:([^}]+)\}/g, '#$1')
      .replace('{link}', link)
      .replace(
        '{emoji}',
        `:${this.rng.pick(['blobcat', 'blobheart', 'coffee', 'partyparrot', 'thinkhappy'])}:`,
      );
  }

  authorFor(lang: string): string {
    const names = [...this.byName.entries()]
      .filter(([, a]) => a.language === lang && !a.bot && !a.locked)
      .map(([n]) => n);
    return this.rng.pick(names);
  }

  foreign(lang: string, lines: Line[], at: number): StatusRecord {
    const line = this.rng.pick(lines);
    const link = this.rng.pick(KNOWN_LINKS.filter((k) => k.language === lang).concat(KNOWN_LINKS)).url;
    const s = this.post(this.authorFor(lang), at, { text: this.fill(line.text, link), language: lang });
    if (line.en) s.translation = `<p>${this.fill(line.en, link).replace(/https?:\/\/\S+/, (u) => u)}</p>`;
    return s;
  }

  images(author: AccountRecord, at: number, count: number): string[] {
    return Array.from(
      { length: count },
      () =>
        makeMedia(
          this.w,
          this.rng,
          author.id,
          'image',
          at,
          this.rng.chance(0.85) ? this.rng.pick(ALT_TEXTS) : null,
          author.domain,
        ).id,
    );
  }

  /** A moment after `t` (minutes to hours), never in the future. */
  after(t: number): number {
    const room = Math.max(0, Math.min(this.now - MIN - t, 10 * HOUR));
    return t + Math.floor(room * (0.05 + 0.95 * this.rng.next()));
  }
}

/**
 * Seeding creates notifications out of time order; renumber them chronologically, starting below 1000 so
 * the ids cross a digit boundary (clients must sort ids by length, then lexically).
 */
export function renumberNotifications(w: World): void {
  w.store.notifications.sort((a, b) => a.createdAt - b.createdAt);
  w.ids.restart('notification', 1000 - Math.min(60, Math.floor(w.store.notifications.length / 2)));
  for (const n of w.store.notifications) {
    n.id = w.ids.next('notification');
    n.groupKey = groupKeyFor(n.id, n.type, n.statusId, n.createdAt);
  }
}
