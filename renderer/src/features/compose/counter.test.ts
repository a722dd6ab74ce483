import { describe, expect, it } from 'vitest';
import { countableText, countCharacters, graphemeLength } from './counter';

/**
 * Each case is what Mastodon's server counts (StatusLengthValidator: spoiler text + countable text, in
 * grapheme clusters; URLs with a scheme weigh `characters_reserved_per_url`; remote mentions weigh `@user`).
 */
const cases: [label: string, text: string, expected: number, spoiler?: string][] = [
  ['empty text', '', 0],
  ['plain ASCII', 'Hello, fediverse!', 17],
  ['text made only of spaces counts nothing (the server sees a blank text)', '   \n  ', 0],
  ['a bare https URL', 'https://example.com', 23],
  [
    'a long URL with path, query and fragment',
    'see https://example.com/a/very/long/path?with=query&and=more#frag here',
    4 + 23 + 5,
  ],
  ['two URLs', 'https://a.example.com https://b.example.org/x', 23 + 1 + 23],
  ['an http URL', 'http://example.org/some/page', 23],
  ['a gemini URL (a protocol Mastodon links)', 'gemini://example.org/capsule', 23],
  ['a trailing full stop is not part of the URL', 'Read https://example.com/page.', 5 + 23 + 1],
  [
    'balanced parentheses stay in the URL, the closing one outside does not',
    '(https://en.example.org/wiki/Foo_(bar))',
    1 + 23 + 1,
  ],
  ['a URL without a scheme is plain text', 'example.com/some/long/path', 26],
  ['a URL glued to a word is plain text', 'abchttps://example.com/a-much-longer-path', 41],
  ['an IDN URL (Latin)', 'besøk https://grå.org/ idag', 6 + 23 + 5],
  ['an IDN URL (CJK)', '参观 https://慕田峪长城.网址/ 今天', 3 + 23 + 3],
  ['a remote mention counts only @user', '@bob@example.com', 4],
  ['a local mention counts in full', '@bob hi', 7],
  ['a remote mention on an IDN domain', 'hi @arnt@grå.org', 3 + 5],
  ['a username with dots', '@first.last@social.example.net', 11],
  ['a mention followed by punctuation', 'thanks @alice@mastodon.social!', 7 + 6 + 1],
  ['an @ inside a URL path is part of the URL, not a mention', 'https://example.com/@bob@other.example', 23],
  ['an email address is not a mention', 'mail arnt@grå.org', 17],
  ['a username followed by an accented letter is not a mention', '@josé@example.com', 17],
  ['a thumbs up', '👍', 1],
  ['a family emoji (ZWJ sequence)', '👨‍👩‍👧‍👦', 1],
  ['a flag', '🇫🇷', 1],
  ['an emoji with a skin tone', '👋🏽', 1],
  ['e + combining acute accent', 'e\u0301', 1],
  ['decomposed French text', 'C\u0327a va, e\u0301te\u0301', 10],
  ['Hangul built from jamo', '\u1100\u1161\u11a8', 1],
  ['a custom emoji shortcode counts as its text', ':blobcat:', 9],
  ['the content warning counts too', 'Hello', 7, 'CW'],
  ['a content warning with an emoji', 'spoilers', 8 + 7, 'Film 🎬 '],
];

describe('countCharacters matches Mastodon', () => {
  it.each(cases)('%s', (_label, text, expected, spoiler = '') => {
    expect(countCharacters(text, spoiler)).toBe(expected);
  });

  it('uses the instance’s reserved URL length', () => {
    expect(countCharacters('https://example.com', '', 30)).toBe(30);
    expect(countCharacters('a https://example.com/x b', '', 10)).toBe(14);
  });

  it('handles a URL and a remote mention in the same post', () => {
    expect(countableText('@bob@example.com look https://example.com')).toBe(`@bob look ${'x'.repeat(23)}`);
  });

  it('stays fast on long, link-like input', () => {
    const text = `https://example.com/${'a.'.repeat(20_000)} ${'@a@b.'.repeat(5_000)}`;
    const started = performance.now();
    countCharacters(text);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('graphemeLength', () => {
  it('counts user-perceived characters, not UTF-16 units', () => {
    expect('👨‍👩‍👧‍👦'.length).toBe(11);
    expect(graphemeLength('👨‍👩‍👧‍👦')).toBe(1);
  });
});
