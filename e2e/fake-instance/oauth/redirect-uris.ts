/**
 * Redirect URI rules as Mastodon's Doorkeeper applies them: absolute URIs without fragments, no
 * javascript/data/vbscript schemes, `urn:ietf:wg:oauth:2.0:oob` for copy-paste codes, and loopback IP
 * literals matched without their port (RFC 8252 §7.3; `localhost` is not treated as loopback).
 */
export const OOB = 'urn:ietf:wg:oauth:2.0:oob';

const FORBIDDEN_SCHEMES = new Set(['javascript:', 'data:', 'vbscript:']);

/** Registration accepts an array or one string of whitespace/newline separated URIs. */
export function splitRedirectUris(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  return items.flatMap((v) => (typeof v === 'string' ? v.split(/\s+/) : [])).filter(Boolean);
}

export function redirectUriProblem(uri: string): string | undefined {
  if (uri === OOB) return undefined;
  if (!URL.canParse(uri)) return 'must be an absolute URI.';
  const u = new URL(uri);
  if (FORBIDDEN_SCHEMES.has(u.protocol)) return 'is forbidden by the server.';
  if (u.hash) return 'cannot contain a fragment.';
  return undefined;
}

function isLoopbackLiteral(host: string): boolean {
  return host === '127.0.0.1' || host === '[::1]';
}

export function redirectUriMatches(registered: string, requested: string): boolean {
  if (registered === requested) return true;
  if (!URL.canParse(registered) || !URL.canParse(requested)) return false;
  const a = new URL(registered);
  const b = new URL(requested);
  if (!isLoopbackLiteral(a.hostname) || a.hostname !== b.hostname) return false;
  return a.protocol === b.protocol && a.pathname === b.pathname && a.search === b.search;
}
