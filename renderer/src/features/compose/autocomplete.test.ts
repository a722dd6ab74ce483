import { describe, expect, it } from 'vitest';
import { applySuggestion, insertAt, tokenAt } from './autocomplete';

const at = (textWithCaret: string) => {
  const caret = textWithCaret.indexOf('|');
  return tokenAt(textWithCaret.replace('|', ''), caret);
};

describe('tokenAt', () => {
  it.each([
    ['@al|', { kind: 'account', query: 'al', start: 0, end: 3 }],
    ['hi @alice@mast|', { kind: 'account', query: 'alice@mast', start: 3, end: 14 }],
    ['(@bo|', { kind: 'account', query: 'bo', start: 1, end: 4 }],
    ['love #fedi|', { kind: 'hashtag', query: 'fedi', start: 5, end: 10 }],
    ['#café|', { kind: 'hashtag', query: 'café', start: 0, end: 5 }],
    ['so :bl|', { kind: 'emoji', query: 'bl', start: 3, end: 6 }],
  ])('%s asks for a suggestion', (input, expected) => {
    expect(at(input)).toEqual(expected);
  });

  it.each(['hello|', 'mail me@home|', 'a :b|', '@al ice|', 'issue#12|', 'time 12:30|', ''])(
    '%s does not',
    (input) => {
      expect(at(input.includes('|') ? input : `${input}|`)).toBeUndefined();
    },
  );
});

describe('applySuggestion', () => {
  it('replaces the token and adds a space', () => {
    const token = at('hi @al|')!;
    expect(applySuggestion('hi @al', token, '@alice@social.example')).toEqual({
      text: 'hi @alice@social.example ',
      caret: 25,
    });
  });

  it('keeps what follows the caret, without doubling spaces', () => {
    const text = 'see #fe and more';
    const token = tokenAt(text, 7)!;
    expect(applySuggestion(text, token, '#fediverse')).toEqual({
      text: 'see #fediverse and more',
      caret: 14,
    });
  });
});

describe('insertAt', () => {
  it('puts a unicode emoji right at the caret', () => {
    expect(insertAt('ab', { start: 1, end: 1 }, '🎉')).toEqual({ text: 'a🎉b', caret: 3 });
  });

  it('surrounds a custom emoji with spaces so the server recognises it', () => {
    expect(insertAt('nice', { start: 4, end: 4 }, ':blobcat:', true)).toEqual({
      text: 'nice :blobcat: ',
      caret: 15,
    });
    expect(insertAt('', { start: 0, end: 0 }, ':blobcat:', true)).toEqual({ text: ':blobcat: ', caret: 10 });
  });

  it('replaces a selection', () => {
    expect(insertAt('a xx b', { start: 2, end: 4 }, '🙂')).toEqual({ text: 'a 🙂 b', caret: 4 });
  });
});
