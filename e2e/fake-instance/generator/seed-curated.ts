import type { mastodon } from 'masto';
import { editStatus } from '../services/edit-status';
import { reblog, vote } from '../services/interactions';
import { notify } from '../services/notify';
import type { StatusRecord } from '../store';
import { KNOWN_LINKS } from './cards';
import { THREAD } from './corpus';
import { makeMedia } from './media';
import { MIN, type SeedContext } from './seed-context';

/** Hand-placed statuses so every feature exists whatever the random draw. */
export function seedCurated(sc: SeedContext): void {
  const w = sc.w;
  const t = (minutesAgo: number): number => sc.now - minutesAgo * MIN;
  const alice = sc.acc('alice');
  const bob = sc.acc('bob');

  // A pinned introduction with a custom emoji and a link card.
  const intro = sc.post('alice', t(2 * 24 * 60 + 30), {
    text: `Hello fediverse! :wave: I run this server, write Rust, and photograph herons.\n\nThe 4.5 release notes are worth a read: ${KNOWN_LINKS[0]!.url}\n\n#Introduction #Mastodon`,
    language: 'en',
  });
  intro.pinned = true;

  // A self-thread by chloe (4 posts).
  let parent: StatusRecord | undefined;
  THREAD.forEach((text, i) => {
    parent = sc.post('chloe', t(30 * 60 - i * 3), {
      text,
      language: 'en',
      ...(parent ? { inReplyToId: parent.id } : {}),
    });
  });

  // A conversation between alice and bob, with mentions.
  const question = sc.post('bob', t(20 * 60), {
    text: '@alice do you still have that sourdough starter? Mine gave up. #Baking',
    language: 'en',
  });
  const answer = sc.post('alice', t(19 * 60 + 40), {
    text: '@bob yes! Come by on Saturday and I will split it for you.',
    inReplyToId: question.id,
    language: 'en',
  });
  sc.post('bob', t(19 * 60 + 10), {
    text: '@alice deal. I will bring coffee :coffee:',
    inReplyToId: answer.id,
    language: 'en',
  });

  // Private mention and a followers-only post.
  sc.post('bob', t(5 * 60), {
    text: '@alice psst, surprise party for Chloé on Friday. Keep it quiet!',
    visibility: 'direct',
    language: 'en',
  });
  sc.post('alice', t(4 * 60 + 50), {
    text: '@bob my lips are sealed. I will bring the cake.',
    visibility: 'direct',
    language: 'en',
    inReplyToId: [...w.store.statusesDesc()].find((s) => s.visibility === 'direct')?.id ?? null,
  });
  sc.post('bob', t(9 * 60), {
    text: 'Followers only: I finally signed up for the 200 km ride in June. Hold me to it.',
    visibility: 'private',
    language: 'en',
  });

  // Polls: alice's open poll with votes, an expired one alice voted in, a multiple-choice one.
  const open = sc.post('alice', t(3 * 60), {
    text: 'Which feature should the next Pouet release focus on?',
    poll: {
      options: ['Markers sync', 'Keyboard navigation', 'Offline cache', 'Themes'],
      expiresIn: 2 * 86_400,
      multiple: true,
    },
    language: 'en',
  });
  for (const voter of ['bob', 'chloe', 'dmitri']) vote(w, sc.acc(voter).id, open.pollId!, [sc.rng.int(0, 3)]);
  const expired = sc.post('dmitri', t(2 * 24 * 60), {
    text: 'Tabs or spaces? Settle it once and for all.',
    poll: { options: ['Tabs', 'Spaces', 'Whatever the formatter says'], expiresIn: 3600 },
    language: 'en',
  });
  const expiredPoll = w.store.polls.get(expired.pollId!)!;
  expiredPoll.votes.set(alice.id, [2]);
  expiredPoll.votes.set(bob.id, [1]);
  expiredPoll.extraVotes = [12, 30, 41];
  notify(w, {
    recipientId: alice.id,
    type: 'poll',
    fromId: expired.accountId,
    statusId: expired.id,
    createdAt: expiredPoll.expiresAt!,
    silent: true,
  });

  // An edited post with history (two edits), boosted by alice (so she hears about edits).
  const edited = sc.post('bob', t(6 * 60), {
    text: 'Bread number 12 is out of the oven. Best crumb so far!',
    language: 'en',
    mediaIds: sc.images(bob, t(6 * 60), 1),
  });
  reblog(w, alice.id, edited.id, 'public', { at: t(5 * 60 + 55), silent: true });
  editStatus(w, edited.id, {
    text: 'Bread number 12 is out of the oven. Best crumb so far! #Baking',
    at: t(5 * 60 + 40),
    silent: true,
  });
  editStatus(w, edited.id, {
    text: 'Bread number 12 is out of the oven. Best crumb so far, thanks to @alice’s starter! #Baking',
    at: t(5 * 60 + 30),
    silent: true,
  });

  // A quote post of alice's intro, and alice quoting lena (who then edits).
  sc.post('dmitri', t(2 * 24 * 60 - 20), {
    text: 'Welcome to the fediverse, Alice! Great first post.',
    quotedStatusId: intro.id,
    language: 'en',
  });
  const lenaPost = sc.post('lena@remote.example', t(8 * 60), {
    text: 'Release day for the feed reader! Changelog inside. #OpenSource',
    language: 'en',
  });
  sc.post('alice', t(7 * 60 + 50), {
    text: 'This release is lovely, go try it.',
    quotedStatusId: lenaPost.id,
    language: 'en',
  });
  editStatus(w, lenaPost.id, {
    text: 'Release day for the feed reader! Changelog inside, plus a fix for the notification badge. #OpenSource',
    at: t(7 * 60),
    silent: true,
  });

  // Sensitive image behind a content warning, a snake photo for the blur filter, a long multi-paragraph post.
  const nora = sc.acc('nora@photos.example');
  sc.post('nora@photos.example', t(10 * 60), {
    text: 'Found this little one basking on the trail today. #Photography #Wildlife',
    spoilerText: 'Snake photo',
    sensitive: true,
    mediaIds: [
      makeMedia(
        w,
        sc.rng,
        nora.id,
        'image',
        t(10 * 60),
        'A snake coiled on a warm rock in the sun.',
        nora.domain,
      ).id,
    ],
    language: 'en',
  });
  sc.post('emeka', t(11 * 60), {
    text: `Some notes after a year of running Rust services in production.\n\nFirst: compile times are real, but incremental builds and a good CI cache make them bearable.\nSecond: the type system caught bugs our tests never would have.\n\nThird, and most important: invest in observability early. Our write-up is here: ${KNOWN_LINKS[1]!.url}\n\n#RustLang #Programming`,
    language: 'en',
  });
  sc.post('newsbot', t(45), {
    text: `Tonight: a comet visible to the naked eye. ${KNOWN_LINKS[2]!.url} #Astronomy`,
    language: 'en',
  });
  sc.post('marco@remote.example', t(15 * 60), {
    text: 'Is crypto art still a thing? Genuine question.',
    language: 'en',
  });
  sc.post('fatima', t(12 * 60), {
    text: 'Warning: spoiler for tonight’s sky. The comet is brighter than predicted! #Astronomy',
    language: 'en',
  });

  // One of each time-based media type.
  const av = (
    name: string,
    minutesAgo: number,
    type: mastodon.v1.MediaAttachmentType,
    text: string,
    alt: string,
  ): void => {
    const a = sc.acc(name);
    const media = makeMedia(w, sc.rng, a.id, type, t(minutesAgo), alt, a.domain);
    sc.post(name, t(minutesAgo), { text, language: 'en', mediaIds: [media.id] });
  };
  av(
    'marco@remote.example',
    16 * 60,
    'audio',
    'New jingle for the podcast intro, thoughts? #Music',
    'A short two-note chime.',
  );
  av(
    'nora@photos.example',
    17 * 60,
    'video',
    'Waves at dusk, thirty seconds of calm. #Photography',
    'Waves rolling onto a dark beach at dusk.',
  );
  av(
    'bob',
    18 * 60,
    'gifv',
    'Me when the bread rises :partyparrot:',
    'A cartoon loaf of bread bouncing happily.',
  );

  // Mentions of alice from remote accounts, and a group post.
  sc.post('yuki@mastodon.example.jp', t(90), {
    text: '@alice 鷺の写真、素敵ですね！',
    language: 'ja',
  }).translation = '<p>@alice Your heron photos are lovely!</p>';
  sc.post('lounge@groups.example', t(3 * 60 + 30), {
    text: 'Weekly thread: what are you reading? Reply and tell us! #Books',
    language: 'en',
  });
}
