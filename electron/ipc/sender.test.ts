import { describe, expect, it } from 'vitest';
import { isTrustedSender, originOf } from './sender';

const trusted = ['pouet://app', 'http://127.0.0.1:5173'];

describe('sender check', () => {
  it('derives an origin for our custom scheme, which URL#origin reports as "null"', () => {
    expect(new URL('pouet://app/index.html').origin).toBe('null');
    expect(originOf('pouet://app/index.html#/deck')).toBe('pouet://app');
  });

  it.each(['pouet://app/index.html', 'pouet://app/', 'http://127.0.0.1:5173/index.html'])(
    'trusts %s',
    (url) => {
      expect(isTrustedSender(url, trusted)).toBe(true);
    },
  );

  it.each([
    undefined,
    '',
    'https://evil.example/',
    'pouet://evil/index.html',
    'http://127.0.0.1:5174/',
    'http://127.0.0.1.evil.example:5173/',
    'pouet://app.evil/',
    'file:///app/index.html',
    'about:blank',
  ])('rejects %s', (url) => {
    expect(isTrustedSender(url, trusted)).toBe(false);
  });
});
