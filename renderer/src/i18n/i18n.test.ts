import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';
import { resolveLanguage } from './i18n';

function leaves(catalog: object, prefix = ''): Record<string, string> {
  return Object.entries(catalog).reduce<Record<string, string>>((acc, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string'
      ? { ...acc, [path]: value }
      : { ...acc, ...leaves(value as object, path) };
  }, {});
}

describe('catalogs', () => {
  it('French has every English string, none empty, with the same placeholders', () => {
    const english = leaves(en);
    const french = leaves(fr);
    expect(Object.keys(french).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(english)) {
      expect(french[key]?.trim(), key).toBeTruthy();
      const placeholders = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
      expect(placeholders(french[key]!), key).toEqual(placeholders(text));
    }
  });

  it('follows the system language when asked to', () => {
    expect(resolveLanguage('system', ['fr-CA', 'en-US'])).toBe('fr');
    expect(resolveLanguage('system', ['de-DE', 'en-GB'])).toBe('en');
    expect(resolveLanguage('system', ['de-DE'])).toBe('en');
    expect(resolveLanguage('fr', ['en-US'])).toBe('fr');
  });
});
