import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language-detect';
import { languageChoices, languageCodes } from './language';

describe('detectLanguage', () => {
  it.each([
    ['Bonjour à tous, je suis très content de vous retrouver ici aujourd’hui.', 'fr'],
    ['Hello everyone, I am really happy to see you all here again today.', 'en'],
    ['Hallo zusammen, ich freue mich sehr, euch heute hier wiederzusehen.', 'de'],
  ])('recognises %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('waits for enough words, and ignores links, mentions, tags and emoji', () => {
    expect(detectLanguage('ok')).toBeUndefined();
    expect(
      detectLanguage('@someone@example.social https://example.com/a-long-english-path #hashtag :blobcat:'),
    ).toBeUndefined();
  });
});

describe('languageChoices', () => {
  it('names every ISO 639-1 language in the interface language and its own', () => {
    const fr = languageChoices('fr').find((l) => l.code === 'de');
    expect(fr).toMatchObject({ name: 'allemand', nativeName: 'Deutsch' });
    expect(languageChoices('en')).toHaveLength(languageCodes.length);
  });
});
