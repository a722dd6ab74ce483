import type { AccountRecord } from '../store';
import type { World } from '../world';
import { escapeHtml, shortenedLink } from '../format/status-html';
import { composeHtml } from '../services/compose';
import type { Prng } from './prng';

/** The demo cast. Local accounts sign in with the password `password`. */
export interface AccountSpec {
  username: string;
  domain?: string;
  displayName: string;
  note: string;
  language: string;
  fields?: [string, string][];
  bot?: boolean;
  group?: boolean;
  locked?: boolean;
  admin?: boolean;
  email?: string;
}

export const DEMO_PASSWORD = 'password';

export const LOCAL_ACCOUNTS: AccountSpec[] = [
  {
    username: 'alice',
    displayName: 'Alice Martin :verified:',
    note: 'Runs this little server. Writes code, grows kale, photographs herons. #Photography #RustLang',
    language: 'en',
    fields: [
      ['Website', 'https://alice.example.com'],
      ['Pronouns', 'she/her'],
    ],
    admin: true,
    email: 'alice@example.com',
  },
  {
    username: 'bob',
    displayName: 'Bob Okafor :blobcat:',
    note: 'Cyclist, baker, occasional poll enthusiast. Talks to @alice about bread too much. #Cycling',
    language: 'en',
    fields: [['Strava', 'https://strava.example/athletes/bob']],
    email: 'bob@example.com',
  },
  {
    username: 'chloe',
    displayName: 'Chloé Durand :coffee:',
    note: 'Développeuse, café, vélo. Je poste en français et en anglais.',
    language: 'fr',
  },
  {
    username: 'dmitri',
    displayName: 'Dmitri Volkov',
    note: 'Compilers, type systems and terrible puns. #TypeScript',
    language: 'en',
  },
  {
    username: 'emeka',
    displayName: 'Emeka Obi :ferris:',
    note: 'Rust in production since 2019. Ask me about lifetimes.',
    language: 'en',
  },
  {
    username: 'fatima',
    displayName: 'Fatima Zahra',
    note: 'Astronomy educator. Looking up since 1998. #Astronomy',
    language: 'en',
  },
  {
    username: 'gustavo',
    displayName: 'Gustavo Pereira',
    note: 'Fotografia, café e código. 📷',
    language: 'es',
  },
  {
    username: 'hana',
    displayName: 'Hana Sato',
    note: 'Quiet account, friends only. 🌸',
    language: 'ja',
    locked: true,
  },
  {
    username: 'newsbot',
    displayName: 'Local News Bot',
    note: 'Automated headlines, every few hours.',
    language: 'en',
    bot: true,
  },
];

export const REMOTE_ACCOUNTS: AccountSpec[] = [
  {
    username: 'lena',
    domain: 'remote.example',
    displayName: 'Lena Fischer',
    note: 'Open-source maintainer. Coffee-driven. #OpenSource',
    language: 'en',
  },
  {
    username: 'marco',
    domain: 'remote.example',
    displayName: 'Marco Rossi :partyparrot:',
    note: 'Music, synthesizers, and very long threads about both.',
    language: 'en',
  },
  {
    username: 'sofia',
    domain: 'remote.example',
    displayName: 'Sofía García',
    note: 'Cocinera de fin de semana. Aprendiendo Rust.',
    language: 'es',
  },
  {
    username: 'nora',
    domain: 'photos.example',
    displayName: 'Nora Lindqvist 📷',
    note: 'Landscape photographer. Prints available. #Photography',
    language: 'en',
  },
  {
    username: 'oskar',
    domain: 'social.example',
    displayName: 'Oskar Weber',
    note: 'Berlin. Bahn, Brot und Open Source.',
    language: 'de',
  },
  {
    username: 'yuki',
    domain: 'mastodon.example.jp',
    displayName: '雪 Yuki',
    note: '写真と猫の毎日。',
    language: 'ja',
  },
  {
    username: 'jules',
    domain: 'piaille.example',
    displayName: 'Jules Bernard',
    note: 'Journaliste indépendant. Jardin, cuisine, politique locale.',
    language: 'fr',
  },
  {
    username: 'feed',
    domain: 'news.example',
    displayName: 'Example News',
    note: 'Headlines from Example News.',
    language: 'en',
    bot: true,
  },
  {
    username: 'lounge',
    domain: 'groups.example',
    displayName: 'Fediverse Lounge',
    note: 'A group for friendly chat. Mention us to share with everyone.',
    language: 'en',
    group: true,
  },
];

function fieldValue(value: string): string {
  return /^https?:\/\//.test(value)
    ? shortenedLink(value).replace('rel="nofollow noopener"', 'rel="nofollow noopener me"')
    : escapeHtml(value);
}

export function makeAccount(w: World, spec: AccountSpec, rng: Prng, createdAt: number): AccountRecord {
  const remote = spec.domain !== undefined;
  const a: AccountRecord = {
    id: w.ids.snowflake(createdAt),
    username: spec.username,
    domain: spec.domain ?? null,
    remoteOrigin: null,
    displayName: spec.displayName,
    note: spec.note,
    noteHtml: '',
    fields: (spec.fields ?? []).map(([name, value]) => ({
      name,
      value: fieldValue(value),
      verifiedAt:
        value.startsWith('https://') && rng.chance(0.5)
          ? new Date(createdAt + 86_400_000).toISOString()
          : null,
    })),
    bot: spec.bot ?? false,
    group: spec.group ?? false,
    locked: spec.locked ?? false,
    discoverable: !spec.locked,
    createdAt,
    look: rng.int(1, 999_999),
    avatarUpload: null,
    headerUpload: null,
    password: remote ? null : DEMO_PASSWORD,
    email: remote ? null : (spec.email ?? `${spec.username}@example.com`),
    admin: spec.admin ?? false,
    language: spec.language,
    privacy: 'public',
    sensitiveByDefault: false,
    quotePolicy: 'public',
    extraFollowers: remote ? rng.int(20, 4000) : 0,
    extraFollowing: remote ? rng.int(10, 600) : 0,
    extraStatuses: remote ? rng.int(50, 9000) : rng.int(0, 300),
  };
  w.store.accounts.set(a.id, a);
  return a;
}

/** Notes are formatted after every account exists, so mentions in bios resolve. */
export function formatNotes(w: World): void {
  for (const a of w.store.accounts.values()) a.noteHtml = composeHtml(w, a.note).html;
}
