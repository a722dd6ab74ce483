import type { Reply } from './http/reply';
import type { RequestContext } from './request-context';

/** Who may call a route: anyone, a user token (with a scope), or an app or user token. */
export type Access =
  { auth: 'none' } | { auth: 'optional'; scope?: string } | { auth: 'user'; scope: string } | { auth: 'app' };

export type Handler = (ctx: RequestContext) => Reply | Promise<Reply>;

interface Route {
  method: string;
  segments: string[];
  access: Access;
  handler: Handler;
}

export interface RouteMatch {
  access: Access;
  handler: Handler;
  params: Record<string, string>;
}

/** A tiny method + path-pattern router (`/api/v1/statuses/:id/favourite`). */
export class Router {
  private routes: Route[] = [];

  add(method: string, pattern: string, access: Access, handler: Handler): void {
    this.routes.push({ method, segments: pattern.split('/').filter(Boolean), access, handler });
  }

  get(pattern: string, access: Access, handler: Handler): void {
    this.add('GET', pattern, access, handler);
  }
  post(pattern: string, access: Access, handler: Handler): void {
    this.add('POST', pattern, access, handler);
  }
  put(pattern: string, access: Access, handler: Handler): void {
    this.add('PUT', pattern, access, handler);
  }
  patch(pattern: string, access: Access, handler: Handler): void {
    this.add('PATCH', pattern, access, handler);
  }
  delete(pattern: string, access: Access, handler: Handler): void {
    this.add('DELETE', pattern, access, handler);
  }

  /** `undefined` when nothing matches the path; `'method'` when the path exists for another method. */
  match(method: string, path: string): RouteMatch | 'method' | undefined {
    const parts = path.split('/').filter(Boolean).map(safeDecode);
    let pathMatched = false;
    for (const route of this.routes) {
      const params = matchSegments(route.segments, parts);
      if (!params) continue;
      const sameMethod = route.method === method || (method === 'HEAD' && route.method === 'GET');
      if (sameMethod) return { access: route.access, handler: route.handler, params };
      pathMatched = true;
    }
    return pathMatched ? 'method' : undefined;
  }
}

function matchSegments(pattern: string[], parts: string[]): Record<string, string> | undefined {
  if (pattern.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i]!;
    const v = parts[i]!;
    if (p.startsWith(':')) params[p.slice(1)] = v;
    else if (p !== v) return undefined;
  }
  return params;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export const PUBLIC: Access = { auth: 'none' };
export const optional = (scope?: string): Access =>
  scope ? { auth: 'optional', scope } : { auth: 'optional' };
export const user = (scope: string): Access => ({ auth: 'user', scope });
