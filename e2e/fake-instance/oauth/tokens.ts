import { createHash, randomBytes } from 'node:crypto';
import type { AppRecord, TokenRecord } from '../store';
import type { World } from '../world';

export const randomToken = (): string => randomBytes(32).toString('base64url');

/** PKCE S256: BASE64URL(SHA256(code_verifier)) must equal the challenge sent to /oauth/authorize. */
export function s256(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

export function issueToken(
  w: World,
  accountId: string | null,
  scopes: string[],
  app: AppRecord | null,
): TokenRecord {
  const t: TokenRecord = {
    id: w.ids.next('token', 1),
    token: randomToken(),
    appId: app?.id ?? null,
    accountId,
    scopes: [...scopes],
    createdAt: w.clock.now(),
    revokedAt: null,
  };
  w.store.tokens.set(t.token, t);
  return t;
}

export function tokenResponse(t: TokenRecord): Record<string, unknown> {
  return {
    access_token: t.token,
    token_type: 'Bearer',
    scope: t.scopes.join(' '),
    created_at: Math.floor(t.createdAt / 1000),
  };
}

/** The app behind a client_id/client_secret pair, sent in the body or as HTTP Basic. */
export function authenticateClient(
  w: World,
  body: { clientId?: string | undefined; clientSecret?: string | undefined },
  authorization: string | undefined,
): AppRecord | undefined {
  let { clientId, clientSecret } = body;
  if (authorization?.startsWith('Basic ')) {
    const decoded = Buffer.from(authorization.slice(6), 'base64').toString('utf8');
    const sep = decoded.indexOf(':');
    clientId = decodeURIComponent(decoded.slice(0, sep));
    clientSecret = decodeURIComponent(decoded.slice(sep + 1));
  }
  const app = [...w.store.apps.values()].find((a) => a.clientId === clientId);
  return app && app.clientSecret === clientSecret ? app : undefined;
}
