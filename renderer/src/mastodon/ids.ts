/**
 * Mastodon ids are opaque strings. Vanilla ones are snowflake-like numbers that sort by length, then
 * lexically; comparing them that way never needs BigInt and keeps working for other servers' ids.
 * @see https://docs.joinmastodon.org/api/guidelines/#id
 */
export function compareIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The newer (greater) of two ids; either may be absent. */
export function newerId(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return compareIds(a, b) >= 0 ? a : b;
}

export const isNewer = (a: string, than: string): boolean => compareIds(a, than) > 0;
