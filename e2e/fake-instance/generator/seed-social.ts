import { follow } from '../services/relationships';
import { DAY, type SeedContext } from './seed-context';

export function seedFollowGraph(sc: SeedContext): void {
  const at = sc.now - 30 * DAY;
  const edges: [string, string[]][] = [
    [
      'alice',
      [
        'bob',
        'chloe',
        'dmitri',
        'emeka',
        'fatima',
        'newsbot',
        'lena@remote.example',
        'marco@remote.example',
        'nora@photos.example',
        'yuki@mastodon.example.jp',
        'jules@piaille.example',
        'feed@news.example',
        'lounge@groups.example',
      ],
    ],
    [
      'bob',
      [
        'alice',
        'chloe',
        'fatima',
        'gustavo',
        'oskar@social.example',
        'sofia@remote.example',
        'marco@remote.example',
      ],
    ],
    ['chloe', ['alice', 'bob', 'jules@piaille.example', 'dmitri']],
    ['dmitri', ['alice', 'emeka', 'lena@remote.example']],
    ['emeka', ['alice', 'dmitri', 'sofia@remote.example']],
    ['fatima', ['alice', 'bob', 'nora@photos.example']],
    ['gustavo', ['bob', 'nora@photos.example']],
    ['hana', ['alice', 'yuki@mastodon.example.jp']],
    ['newsbot', []],
    ['lena@remote.example', ['alice', 'dmitri']],
    ['marco@remote.example', ['alice', 'bob']],
    ['nora@photos.example', ['alice']],
    ['jules@piaille.example', ['chloe']],
    ['sofia@remote.example', ['emeka']],
  ];
  for (const [from, targets] of edges) {
    for (const to of targets) {
      const target = sc.acc(to);
      // Locked accounts would turn these into requests; the seed wants accepted follows.
      sc.w.store.setFollow(sc.acc(from).id, target.id, {
        id: sc.w.ids.next('follow', 3000),
        reblogs: true,
        notify: from === 'alice' && to === 'bob',
        languages: null,
        createdAt: at + sc.rng.int(0, 20) * DAY,
      });
    }
  }
  follow(sc.w, sc.acc('alice').id, sc.acc('hana').id, { silent: true });
}
