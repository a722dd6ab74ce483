import { describe, expect, it } from 'vitest';
import { codeChallengeS256, createCodeVerifier, createState, stateMatches } from './pkce';

describe('PKCE', () => {
  it('derives the S256 challenge of RFC 7636 Appendix B', () => {
    expect(codeChallengeS256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('makes verifiers of 43–128 unreserved characters, different every time', () => {
    const verifiers = Array.from({ length: 20 }, createCodeVerifier);
    for (const verifier of verifiers) {
      expect(verifier).toMatch(/^[A-Za-z0-9\-._~]{43,128}$/);
      expect(codeChallengeS256(verifier)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    }
    expect(new Set(verifiers).size).toBe(verifiers.length);
  });
});

describe('state', () => {
  it('is random, url-safe and long enough not to be guessed', () => {
    const a = createState();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(createState()).not.toBe(a);
  });

  it('matches only the exact same value', () => {
    const state = createState();
    expect(stateMatches(state, state)).toBe(true);
    expect(stateMatches(state, `${state}x`)).toBe(false);
    expect(stateMatches(state, state.slice(1))).toBe(false);
    expect(stateMatches(state, state.toUpperCase())).toBe(state === state.toUpperCase());
    expect(stateMatches(state, '')).toBe(false);
    expect(stateMatches(state, null)).toBe(false);
    expect(stateMatches(state, undefined)).toBe(false);
  });
});
