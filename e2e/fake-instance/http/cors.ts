import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Mastodon's rack-cors rules: any origin on /api/*, /oauth/token, /.well-known/* and profile pages, no
 * credentials, exposing Link and the rate-limit headers. /oauth/revoke and /oauth/userinfo are included
 * as newer releases do.
 */
const CORS_PATHS = [
  /^\/api\//,
  /^\/oauth\/(token|revoke|userinfo)$/,
  /^\/\.well-known\//,
  /^\/@[^/]+$/,
  /^\/nodeinfo\//,
];
const EXPOSE = 'Link, X-RateLimit-Reset, X-RateLimit-Limit, X-RateLimit-Remaining, X-Request-Id';

export function corsApplies(path: string): boolean {
  return CORS_PATHS.some((re) => re.test(path));
}

export function setCors(res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Expose-Headers', EXPOSE);
}

/** Answers a preflight: any requested header (Authorization, Content-Type, Idempotency-Key…) is allowed. */
export function answerPreflight(req: IncomingMessage, res: ServerResponse): void {
  setCors(res);
  res.setHeader('Access-Control-Allow-Methods', 'POST, PUT, DELETE, GET, PATCH, OPTIONS');
  const requested = req.headers['access-control-request-headers'];
  res.setHeader('Access-Control-Allow-Headers', requested ?? 'Authorization, Content-Type, Idempotency-Key');
  res.setHeader('Access-Control-Max-Age', '7200');
  res.setHeader('Vary', 'Origin, Access-Control-Request-Headers, Access-Control-Request-Method');
  res.writeHead(200, { 'Content-Length': '0' });
  res.end();
}
