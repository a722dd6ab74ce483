/**
 * Mastodon's character count, as the server enforces it (`StatusLengthValidator`): the content warning and
 * the text are counted together in grapheme clusters, after every URL with a scheme is replaced by the
 * instance's `characters_reserved_per_url` characters and every remote mention `@user@domain` by `@user`.
 *
 * The patterns follow the server's: twitter-text's URL extractor as Mastodon configures it
 * (`config/initializers/twitter_regex.rb`, protocol required) and `Account::MENTION_RE`. One deliberate
 * simplification: a top-level domain is any run of two or more letters (twitter-text checks a list).
 * @see https://docs.joinmastodon.org/user/posting/#text
 * @see https://docs.joinmastodon.org/entities/Instance/#characters_reserved_per_url
 */

/** Mastodon's default, and what every known server uses. */
export const defaultUrlLength = 23;

// Ruby's [[:word:]] on Unicode strings.
const word = String.raw`\p{L}\p{M}\p{Nd}\p{Pc}`;

// --- URLs (twitter-text, Mastodon's overrides) ---
const protocol = String.raw`(?:https?|dat|dweb|ipfs|ipns|ssb|gopher|gemini):\/\/`;
/** A URL may not follow a letter, a digit, @, $ or # ("foohttps://…" is not a link). */
const notAfter = String.raw`(?<![A-Za-z0-9@＠$#＃\uFFFE\uFEFF\uFFFF])`;
/** Domain characters: anything but ASCII punctuation, spaces and control characters. */
const domainChar = String.raw`[^!-\/:-@\[-\x60{-~\s\p{Cc}\uFFFE\uFEFF\uFFFF]`;
const subdomain = String.raw`(?:(?:${domainChar}(?:[_-]|${domainChar})*)?${domainChar}\.)`;
const domainName = String.raw`(?:(?:${domainChar}(?:-|${domainChar})*)?${domainChar}\.)`;
const tld = String.raw`(?:xn--[a-z0-9-]+|\p{L}{2,})(?![\p{L}\p{Nd}@+-])`;
const domain = String.raw`${subdomain}*${domainName}${tld}`;
const port = String.raw`(?::[0-9]+)?`;
const pathChar = String.raw`[^\p{White_Space}<>()?]`;
const balancedParens = String.raw`\((?:${pathChar}+|${pathChar}*\(${pathChar}+\)${pathChar}*)\)`;
const pathEnd = String.raw`(?:[^\p{White_Space}()?!*"'「」<>;:=,.$%\[\]~&|@]|${balancedParens})`;
const pathSegment = String.raw`(?:${pathChar}*(?:${balancedParens}${pathChar}*)*${pathEnd}|${pathChar}+\/)`;
const path = String.raw`(?:\/${pathSegment}*)?`;
const uchars = String.raw`\u{A0}-\u{D7FF}\u{F900}-\u{FDCF}\u{FDF0}-\u{FFEF}\u{10000}-\u{1FFFD}\u{20000}-\u{2FFFD}\u{30000}-\u{3FFFD}\u{40000}-\u{4FFFD}\u{50000}-\u{5FFFD}\u{60000}-\u{6FFFD}\u{70000}-\u{7FFFD}\u{80000}-\u{8FFFD}\u{90000}-\u{9FFFD}\u{A0000}-\u{AFFFD}\u{B0000}-\u{BFFFD}\u{C0000}-\u{CFFFD}\u{D0000}-\u{DFFFD}\u{E1000}-\u{EFFFD}\u{E000}-\u{F8FF}\u{F0000}-\u{FFFFD}\u{100000}-\u{10FFFD}`;
const query = String.raw`(?:\?[a-z0-9!?*'();:&=+$\/%#\[\]\-_.,~|@^${uchars}]*[a-z0-9_&=#\/\-${uchars}])?`;

const urlPattern = new RegExp(`${notAfter}${protocol}${domain}${port}${path}${query}`, 'giu');

// --- Mentions (Account::MENTION_RE, then the extractor's end check) ---
const mentionPattern = new RegExp(
  String.raw`(?<![=\/${word}])@([a-z0-9_]+(?:[.-]+[a-z0-9_]+)*)(?:@[${word}]+(?:[.-]+[${word}]+)*)?`,
  'giu',
);
/** twitter-text `end_mention_match`: "@bob@", "@josé" or "@bob://" are not mentions. */
// The class lists combining accents (U+0300–U+036F) on purpose, as twitter-text's `latin_accents` does.
const notAMentionAfter =
  // eslint-disable-next-line no-misleading-character-class
  /^(?:[@＠]|[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0100-\u024f\u0253\u0254\u0256\u0257\u0259\u025b\u0263\u0268\u026f\u0272\u0289\u028b\u02bb\u0300-\u036f\u1e00-\u1eff]|:\/\/)/u;

interface Entity {
  start: number;
  end: number;
  replacement: string;
}

function entitiesIn(text: string, urlLength: number): Entity[] {
  const placeholder = 'x'.repeat(urlLength);
  const found: Entity[] = [];
  for (const match of text.matchAll(urlPattern)) {
    found.push({ start: match.index, end: match.index + match[0].length, replacement: placeholder });
  }
  for (const match of text.matchAll(mentionPattern)) {
    const end = match.index + match[0].length;
    if (notAMentionAfter.test(text.slice(end))) continue;
    found.push({ start: match.index, end, replacement: `@${match[1]}` });
  }
  // Extractor.remove_overlapping_entities: by position, dropping any entity that starts inside the previous.
  found.sort((a, b) => a.start - b.start);
  const kept: Entity[] = [];
  for (const entity of found) {
    const last = kept.at(-1);
    if (!last || entity.start >= last.end) kept.push(entity);
  }
  return kept;
}

/** The text as the server measures it: URLs as placeholders, remote mentions without their domain. */
export function countableText(text: string, urlLength = defaultUrlLength): string {
  if (text.trim() === '') return '';
  let result = '';
  let index = 0;
  for (const entity of entitiesIn(text, urlLength)) {
    result += text.slice(index, entity.start) + entity.replacement;
    index = entity.end;
  }
  return result + text.slice(index);
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** User-perceived characters: an emoji family, a flag or "e" plus a combining accent count once. */
export function graphemeLength(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count += 1;
  return count;
}

/** What the server counts for a post: its content warning plus its countable text. */
export function countCharacters(text: string, spoilerText = '', urlLength = defaultUrlLength): number {
  return graphemeLength(spoilerText + countableText(text, urlLength));
}
