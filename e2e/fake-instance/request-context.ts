import type { IncomingHttpHeaders } from 'node:http';
import type { Params } from './http/params';
import type { AccountRecord, AppRecord, TokenRecord } from './store';
import type { World } from './world';

/** One API request as handlers see it: world, caller, and Rails-style merged parameters. */
export class RequestContext {
  /** Route parameters (`:id`). */
  params: Record<string, string> = {};
  viewer: AccountRecord | null = null;
  token: TokenRecord | null = null;
  app: AppRecord | null = null;

  constructor(
    readonly world: World,
    readonly method: string,
    readonly url: URL,
    readonly headers: IncomingHttpHeaders,
    readonly query: Params,
    readonly body: Params,
  ) {}

  get path(): string {
    return this.url.pathname;
  }

  /** Query and body merged, body winning (as Rails' `params`). */
  get input(): Params {
    return { ...this.query, ...this.body };
  }

  param(name: string): string {
    return this.params[name] ?? '';
  }

  /** The signed-in account; routes declared with `user(...)` access always have one. */
  get me(): AccountRecord {
    if (!this.viewer) throw new Error('route needs a user token');
    return this.viewer;
  }

  header(name: string): string | undefined {
    const v = this.headers[name.toLowerCase()];
    return Array.isArray(v) ? v[0] : v;
  }

  cookie(name: string): string | undefined {
    const raw = this.header('cookie');
    if (!raw) return undefined;
    for (const part of raw.split(';')) {
      const [k, ...v] = part.trim().split('=');
      if (k === name) return decodeURIComponent(v.join('='));
    }
    return undefined;
  }
}
