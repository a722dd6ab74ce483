/** What the instance received, for tests to assert on ("the last post's body", "sent Idempotency-Key"). */
export interface ReceivedRequest {
  time: string;
  method: string;
  /** Path with query string. */
  url: string;
  path: string;
  query: Record<string, unknown>;
  body: unknown;
  headers: {
    authorization?: string;
    idempotencyKey?: string;
    contentType?: string;
    userAgent?: string;
    origin?: string;
  };
  status: number;
}

export class RequestLog {
  private entries: ReceivedRequest[] = [];

  constructor(private readonly max = 2000) {}

  add(entry: ReceivedRequest): void {
    this.entries.push(entry);
    if (this.entries.length > this.max) this.entries.splice(0, this.entries.length - this.max);
  }

  list(filter: { path?: string; method?: string } = {}): ReceivedRequest[] {
    return this.entries.filter(
      (e) =>
        (!filter.path || e.path.startsWith(filter.path)) &&
        (!filter.method || e.method === filter.method.toUpperCase()),
    );
  }

  clear(): void {
    this.entries = [];
  }
}
