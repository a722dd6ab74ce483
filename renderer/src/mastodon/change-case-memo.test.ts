import * as original from 'change-case-original';
import { camelCase as maskedCamelCase } from 'change-case';
import { describe, expect, it } from 'vitest';
import { camelCase, snakeCase } from './change-case-memo';

const keys = [
  'created_at',
  'in_reply_to_account_id',
  'url',
  'media_attachments',
  'v2',
  'language_1',
  'ÉtéKey',
];

describe('change-case-memo', () => {
  it('converts exactly as change-case does, the first time and from memory', () => {
    for (const key of [...keys, ...keys]) {
      expect(camelCase(key)).toBe(original.camelCase(key));
      expect(snakeCase(original.camelCase(key))).toBe(original.snakeCase(original.camelCase(key)));
    }
    expect(camelCase('a_b', { mergeAmbiguousCharacters: true })).toBe(
      original.camelCase('a_b', { mergeAmbiguousCharacters: true }),
    );
  });

  it('is what masto gets when it imports change-case in the renderer', () => {
    expect(maskedCamelCase).toBe(camelCase);
  });
});
