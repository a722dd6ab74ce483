/**
 * Mastodon ids are opaque strings; vanilla ones are snowflakes (ms timestamp << 16 | sequence) that sort by
 * length, then lexically. Everything that sorts ids here goes through `compareIds`.
 * @see https://docs.joinmastodon.org/api/guidelines/#id
 */
export function compareIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

export class IdMint {
  private used = new Set<string>();
  private counters = new Map<string, number>();

  /** A snowflake for something created at `ms`; several in the same ms get distinct, increasing ids. */
  snowflake(ms: number): string {
    const base = BigInt(Math.floor(ms)) << 16n;
    for (let seq = 0n; ; seq += 1n) {
      const id = (base | seq).toString();
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
  }

  restart(kind: string, start: number): void {
    this.counters.set(kind, start);
  }

  /** Small sequential ids (lists, filters, notifications…), per kind, starting at `start`. */
  next(kind: string, start = 1): string {
    const n = this.counters.get(kind) ?? start;
    this.counters.set(kind, n + 1);
    return String(n);
  }
}

/** Timestamp encoded in a snowflake id (0 for small sequential ids). */
export function snowflakeTime(id: string): number {
  return id.length > 12 ? Number(BigInt(id) >> 16n) : 0;
}
