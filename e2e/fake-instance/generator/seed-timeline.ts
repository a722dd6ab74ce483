import type { mastodon } from 'masto';
import { reblog } from '../services/interactions';
import {
  CONTENT_WARNINGS,
  ENGLISH,
  FRENCH,
  GERMAN,
  JAPANESE,
  POLLS,
  REPLIES,
  SPANISH,
  type Line,
} from './corpus';
import { makeMedia } from './media';
import { MIN, type SeedContext } from './seed-context';

/** Random filler across three days: most shapes appear many times. */
export function seedTimeline(sc: SeedContext): void {
  const rng = sc.rng;
  const slots = Array.from({ length: 200 }, () => sc.now - rng.int(10, 3 * 24 * 60) * MIN).sort(
    (a, b) => a - b,
  );
  const posters = [...sc.byName.keys()].filter((n) => n !== 'hana' && n !== 'lounge@groups.example');
  for (const at of slots) {
    const roll = rng.next();
    const name = rng.pick(posters);
    const author = sc.acc(name);
    if (roll < 0.32)
      sc.post(name, at, {
        text: sc.fill(rng.pick(ENGLISH)),
        language: 'en',
        visibility: rng.chance(0.1) ? 'unlisted' : 'public',
      });
    else if (roll < 0.42) {
      const [lang, lines] = rng.pick<[string, Line[]]>([
        ['fr', FRENCH],
        ['de', GERMAN],
        ['es', SPANISH],
        ['ja', JAPANESE],
      ]);
      sc.foreign(lang, lines, at);
    } else if (roll < 0.55) {
      const count = rng.pick([1, 1, 1, 2, 3, 4]);
      const sensitive = rng.chance(0.15);
      sc.post(name, at, {
        text: sc.fill(
          rng.pick(
            ENGLISH.filter(
              (t) => t.includes('Photography') || t.includes('Caturday') || !t.includes('{link}'),
            ),
          ),
        ),
        language: 'en',
        mediaIds: sc.images(author, at, count),
        sensitive,
        ...(sensitive ? { spoilerText: rng.chance(0.5) ? 'Eye contact' : '' } : {}),
      });
    } else if (roll < 0.6) {
      const type = rng.pick<mastodon.v1.MediaAttachmentType>(['video', 'gifv', 'audio']);
      const media = makeMedia(
        sc.w,
        rng,
        author.id,
        type,
        at,
        type === 'audio' ? 'A short two-note chime.' : 'A short looping clip of waves at dusk.',
        author.domain,
      );
      sc.post(name, at, {
        text:
          type === 'audio'
            ? 'New jingle for the podcast intro, thoughts? #Music'
            : 'Waves at dusk, on loop. #Photography',
        language: 'en',
        mediaIds: [media.id],
      });
    } else if (roll < 0.65) {
      const cw = rng.pick(CONTENT_WARNINGS);
      sc.post(name, at, { text: cw.text, spoilerText: cw.cw, language: 'en' });
    } else if (roll < 0.82 && sc.recent.length > 3) {
      const parents = sc.recent.slice(-25).filter((s) => s.visibility !== 'direct' && !s.reblogOfId);
      if (parents.length === 0) continue;
      const parent = rng.pick(parents);
      const parentAuthor = sc.w.store.account(parent.accountId)!;
      const handle = parentAuthor.domain
        ? `@${parentAuthor.username}@${parentAuthor.domain}`
        : `@${parentAuthor.username}`;
      const replier = parentAuthor.id === author.id ? rng.pick(posters.filter((p) => p !== name)) : name;
      sc.post(replier, at, {
        text: `${handle} ${rng.pick(REPLIES)}`,
        inReplyToId: parent.id,
        language: 'en',
        visibility: parent.visibility === 'private' ? 'private' : 'public',
      });
    } else if (roll < 0.92 && sc.recent.length > 3) {
      const targets = sc.recent
        .slice(-40)
        .filter((s) => s.visibility === 'public' && !s.reblogOfId && s.accountId !== author.id);
      if (targets.length) reblog(sc.w, author.id, rng.pick(targets).id, 'public', { at, silent: true });
    } else {
      const poll = rng.pick(POLLS);
      const s = sc.post(name, at, {
        text: poll.question,
        language: 'en',
        poll: {
          options: poll.options,
          expiresIn: rng.pick([3600, 86_400, 3 * 86_400]),
          multiple: poll.multiple ?? false,
        },
      });
      const p = sc.w.store.polls.get(s.pollId!)!;
      p.extraVotes = p.options.map(() => rng.int(0, 40));
      p.extraVoters = p.extraVotes.reduce((a, b) => a + b, 0);
    }
  }
}
