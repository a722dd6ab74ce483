/**
 * What the word at the caret is asking for: an account (`@al`), a hashtag (`#fedi`) or one of the instance's
 * custom emoji (`:blob`). Pure, so the composer's suggestions are tested without a DOM.
 */
export type TokenKind = 'account' | 'hashtag' | 'emoji';

export interface Token {
  kind: TokenKind;
  /** What follows the trigger character. */
  query: string;
  start: number;
  end: number;
}

const patterns: [TokenKind, RegExp][] = [
  ['account', /^@([\w.-]+(?:@[\w.-]*)?)$/u],
  ['hashtag', /^#([\p{L}\p{M}\p{N}_]+)$/u],
  // Mastodon's own composer waits for two characters before suggesting emoji.
  ['emoji', /^:([a-zA-Z0-9_]{2,})$/],
];

export function tokenAt(text: string, caret: number): Token | undefined {
  let start = caret;
  while (start > 0 && !/\s/u.test(text[start - 1]!)) start -= 1;
  const word = text.slice(start, caret);
  // Only the end of the word is completed: "(@al" still completes "@al".
  const trigger = word.search(/[@#:][^@#:]*(?:@[^@#:]*)?$/u);
  if (trigger < 0) return undefined;
  const before = word[trigger - 1];
  if (before !== undefined && /[\p{L}\p{N}_]/u.test(before)) return undefined;
  const candidate = word.slice(trigger);
  for (const [kind, pattern] of patterns) {
    const match = pattern.exec(candidate);
    if (match) return { kind, query: match[1]!, start: start + trigger, end: caret };
  }
  return undefined;
}

/** Puts the chosen suggestion in place of the token, followed by a space, and says where the caret goes. */
export function applySuggestion(
  text: string,
  token: Token,
  replacement: string,
): { text: string; caret: number } {
  const after = text.slice(token.end);
  const spaced = /^\s/u.test(after) ? replacement : `${replacement} `;
  return { text: text.slice(0, token.start) + spaced + after, caret: token.start + spaced.length };
}

/** Inserts text at the caret (emoji picker), with spaces where a custom emoji needs them to be recognised. */
export function insertAt(
  text: string,
  selection: { start: number; end: number },
  insert: string,
  needsSpaces = false,
): { text: string; caret: number } {
  const before = text.slice(0, selection.start);
  const after = text.slice(selection.end);
  const lead = needsSpaces && before !== '' && !/\s$/u.test(before) ? ' ' : '';
  const trail = needsSpaces && !/^\s/u.test(after) ? ' ' : '';
  const piece = `${lead}${insert}${trail}`;
  return { text: before + piece + after, caret: before.length + piece.length };
}
