import { detectAll } from 'tinyld/light';

/** Words that say nothing about the language: links, mentions, hashtags, custom emoji. */
const noise = /https?:\/\/\S+|[@#][\p{L}\p{N}_.@-]+|:[a-zA-Z0-9_]+:/gu;

/**
 * The text's language when the guess is confident enough to set it for the user; undefined otherwise.
 * tinyld's tables were 14% of the initial JavaScript (36 KB of gzip), and nobody needs them before
 * typing: the composer loads this module on demand.
 */
export function detectLanguage(text: string): string | undefined {
  const prose = text.replace(noise, ' ');
  const letters = prose.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20) return undefined;
  const [best, second] = detectAll(prose);
  if (!best || best.accuracy < 0.2) return undefined;
  if (second && second.accuracy > best.accuracy * 0.6) return undefined;
  return best.lang;
}
