import type { CardRecord } from '../store';
import { cardImageUrl } from '../urls';
import type { World } from '../world';
import { photoPicture } from '../media/pictures';
import { hashString } from './prng';

/** Link previews for the URLs seeded posts use; any other link gets a plain card built from its address. */
interface KnownLink {
  url: string;
  title: string;
  description: string;
  provider: string;
  author: string;
  language: string;
  type?: CardRecord['type'];
  image?: boolean;
}

export const KNOWN_LINKS: KnownLink[] = [
  {
    url: 'https://blog.joinmastodon.example/2025/10/mastodon-4.5-quote-posts-and-more/',
    title: 'Mastodon 4.5: quote posts, and more',
    description:
      'Quote posts arrive with controls for who may quote you, plus faster notifications and a refreshed composer.',
    provider: 'Mastodon Blog',
    author: 'The Mastodon Team',
    language: 'en',
    image: true,
  },
  {
    url: 'https://www.rust-lang.example/learn/async-book/chapter-3-pinning-explained-with-pictures',
    title: 'Pinning, explained with pictures',
    description:
      'Why futures need to stay put in memory, and how Pin makes that promise checkable by the compiler.',
    provider: 'The Rust Async Book',
    author: 'Rust Community',
    language: 'en',
    image: true,
  },
  {
    url: 'https://news.example.org/science/2025/11/comet-visible-to-naked-eye-this-weekend',
    title: 'A comet is visible to the naked eye this weekend',
    description:
      'Find a dark spot, look north-west after sunset, and give your eyes twenty minutes to adjust.',
    provider: 'Example News',
    author: 'Dana Whitfield',
    language: 'en',
    image: true,
  },
  {
    url: 'https://recettes.example.fr/desserts/tarte-tatin-comme-a-la-maison',
    title: 'Tarte Tatin comme à la maison',
    description: 'Des pommes caramélisées, une pâte brisée croustillante et un peu de patience.',
    provider: 'Recettes du dimanche',
    author: 'Claire Dubois',
    language: 'fr',
    image: true,
  },
  {
    url: 'https://video.example.net/watch/typescript-7-native-compiler-keynote',
    title: 'TypeScript 7: the native compiler (keynote)',
    description: 'Ten times faster type checking, and what it means for your editor.',
    provider: 'ExampleTube',
    author: 'TS Conf',
    language: 'en',
    type: 'video',
    image: true,
  },
  {
    url: 'https://github.example.com/fediverse-tools/feed-reader/releases/tag/v2.0.0',
    title: 'Release v2.0.0 · fediverse-tools/feed-reader',
    description: 'Markers sync, grouped notifications, and a brand-new keyboard map.',
    provider: 'GitHub',
    author: '',
    language: 'en',
  },
  {
    url: 'https://wetter.example.de/berlin/wochenende',
    title: 'Berlin: Wetter am Wochenende',
    description: 'Sonnig und kühl, nachts leichter Frost.',
    provider: 'Wetter Beispiel',
    author: '',
    language: 'de',
  },
];

function cardImage(
  w: World,
  url: string,
): { image: string; blurhash: string; width: number; height: number } {
  const look = hashString(url) % 100_000;
  const pic = photoPicture(look, 400, 210);
  return { image: cardImageUrl(w, look), blurhash: pic.blurhash, width: pic.width, height: pic.height };
}

export function cardFor(w: World, url: string, publishedAt: number): CardRecord {
  const known = KNOWN_LINKS.find((k) => k.url === url);
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  const host = parsed?.hostname.replace(/^www\./, '') ?? url;
  const image = known?.image ? cardImage(w, url) : null;
  return {
    url,
    title:
      known?.title ??
      (parsed
        ? decodeURIComponent(parsed.pathname.split('/').filter(Boolean).pop() ?? host).replace(/[-_]/g, ' ')
        : host),
    description: known?.description ?? '',
    providerName: known?.provider ?? host,
    authorName: known?.author ?? '',
    image: image?.image ?? null,
    width: image?.width ?? 0,
    height: image?.height ?? 0,
    type: known?.type ?? 'link',
    blurhash: image?.blurhash ?? '',
    language: known?.language ?? 'en',
    publishedAt: new Date(publishedAt).toISOString(),
  };
}

/** The first link in the text that is not a mention, hashtag or the quoted post. */
export function firstLink(html: string, except: string[] = []): string | undefined {
  for (const m of html.matchAll(/<a href="([^"]+)"([^>]*)>/g)) {
    const attrs = m[2] ?? '';
    if (attrs.includes('mention') || attrs.includes('hashtag')) continue;
    const url = m[1]!.replace(/&amp;/g, '&');
    if (!except.includes(url)) return url;
  }
  return undefined;
}
