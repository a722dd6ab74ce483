import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * PKCE (RFC 7636) with S256, the only method Mastodon supports (4.3+), and the OAuth `state`.
 * @see https://www.rfc-editor.org/rfc/rfc7636
 * @see https://docs.joinmastodon.org/methods/oauth/#authorize
 */

/** 48 random bytes → 64 base64url characters (the RFC allows 43 to 128 from the unreserved set). */
export function createCodeVerifier(): string {
  return randomBytes(48).toString('base64url');
}

/** `BASE64URL(SHA256(ASCII(code_verifier)))`, without padding. */
export function codeChallengeS256(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

/** An unguessable value tying the browser's callback to the flow that opened it. */
export function createState(): string {
  return randomBytes(32).toString('base64url');
}

/** Compares the callback's `state` with the flow's in constant time. */
export function stateMatches(expected: string, received: string | null | undefined): boolean {
  if (typeof received !== 'string') return false;
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(received, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
