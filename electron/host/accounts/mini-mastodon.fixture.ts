import { createHash, randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import {
  json,
  sendJson,
  startRouteServer,
  type Route,
  type RouteServer,
} from '../instances/route-server.fixture';

/**
 * Test-only: just enough of Mastodon's OAuth to sign in against — app registration, the authorize decision
 * (made by the test, standing in for the user in a browser), code exchange with redirect-URI and PKCE checks,
 * verify_credentials and revoke. Loopback redirect URIs match without their port, as in Doorkeeper.
 */
export interface MiniMastodon {
  url: string;
  host: string;
  server: RouteServer;
  /** Plays the user in the browser: returns where the server would redirect (or the oob code). */
  authorize(authorizeUrl: string, username: string, decision?: 'allow' | 'deny'): string;
  revoked: string[];
  liveTokens(): string[];
  registrations: number;
  /** Makes the server forget every app, as the pre-4.3 vacuum did. */
  forgetApps(): void;
  refuseRegistration: boolean;
  close(): Promise<void>;
}

const users: Record<string, { id: string; username: string }> = {
  alice: { id: '1', username: 'alice' },
  bob: { id: '2', username: 'bob' },
};

interface PendingCode {
  clientId: string;
  redirectUri: string;
  user: string;
  challenge: string | undefined;
}

export async function startMiniMastodon(options: { legacy?: boolean } = {}): Promise<MiniMastodon> {
  const apps = new Map<string, { secret: string; redirectUris: string[]; scopes: string[] }>();
  const codes = new Map<string, PendingCode>();
  const tokens = new Map<string, string | null>();
  const revoked: string[] = [];
  const random = () => randomBytes(16).toString('base64url');

  const oauthError = (response: ServerResponse, status: number, error: string) =>
    sendJson(response, { error }, status);

  const clientOk = (form: URLSearchParams) =>
    apps.get(form.get('client_id') ?? '')?.secret === form.get('client_secret');

  const routes: Record<string, Route> = {
    'GET /api/v2/instance': (_request, response) =>
      options.legacy
        ? void response.writeHead(404).end()
        : sendJson(response, {
            domain: 'social.example',
            title: 'Mini Social',
            version: '4.4.0',
            description: 'Tiny.',
          }),
    'GET /api/v1/instance': json({ uri: 'social.example', title: 'Mini Social', version: '4.2.0' }),
    'POST /api/v1/apps': (_request, response, { body }) => {
      if (fixture.refuseRegistration) return oauthError(response, 422, 'Validation failed');
      const input = JSON.parse(body) as { redirect_uris: string; scopes: string };
      const clientId = random();
      const secret = random();
      apps.set(clientId, {
        secret,
        redirectUris: input.redirect_uris.split(/\s+/),
        scopes: input.scopes.split(' '),
      });
      fixture.registrations += 1;
      sendJson(response, { id: '1', name: 'Pouet', client_id: clientId, client_secret: secret });
    },
    'POST /oauth/token': (_request, response, { body }) => {
      const form = new URLSearchParams(body);
      if (!clientOk(form)) return oauthError(response, 401, 'invalid_client');
      if (form.get('grant_type') === 'client_credentials') {
        const token = random();
        tokens.set(token, null);
        return sendJson(response, { access_token: token, token_type: 'Bearer' });
      }
      const pending = codes.get(form.get('code') ?? '');
      codes.delete(form.get('code') ?? '');
      if (
        !pending ||
        pending.clientId !== form.get('client_id') ||
        pending.redirectUri !== form.get('redirect_uri')
      ) {
        return oauthError(response, 400, 'invalid_grant');
      }
      if (pending.challenge !== undefined) {
        const verifier = form.get('code_verifier') ?? '';
        if (createHash('sha256').update(verifier).digest('base64url') !== pending.challenge) {
          return oauthError(response, 400, 'invalid_grant');
        }
      }
      const token = random();
      tokens.set(token, pending.user);
      sendJson(response, { access_token: token, token_type: 'Bearer', scope: 'read write push' });
    },
    'POST /oauth/revoke': (_request, response, { body }) => {
      const form = new URLSearchParams(body);
      if (!clientOk(form)) return oauthError(response, 401, 'invalid_client');
      const token = form.get('token') ?? '';
      if (tokens.delete(token)) revoked.push(token);
      sendJson(response, {});
    },
    'GET /api/v1/accounts/verify_credentials': (request, response) => {
      const token = (request.headers.authorization ?? '').replace(/^Bearer /, '');
      const user = tokens.get(token);
      if (!user) return oauthError(response, 401, 'The access token is invalid');
      const { id, username } = users[user]!;
      sendJson(response, {
        id,
        username,
        acct: username,
        display_name: username[0]!.toUpperCase() + username.slice(1),
        avatar: `https://files.example/${username}.png`,
        avatar_static: `https://files.example/${username}-static.png`,
      });
    },
  };
  if (!options.legacy) {
    routes['GET /.well-known/oauth-authorization-server'] = json({
      code_challenge_methods_supported: ['S256'],
      scopes_supported: ['read', 'write', 'push', 'profile', 'follow'],
    });
  }
  const server = await startRouteServer(routes);

  const loopbackMatch = (registered: string, requested: string) => {
    if (registered === requested) return true;
    if (!URL.canParse(registered) || !URL.canParse(requested)) return false;
    const a = new URL(registered);
    const b = new URL(requested);
    return a.hostname === '127.0.0.1' && b.hostname === a.hostname && a.pathname === b.pathname;
  };

  const fixture: MiniMastodon = {
    url: server.url,
    host: server.host,
    server,
    revoked,
    liveTokens: () => [...tokens.entries()].filter(([, user]) => user !== null).map(([token]) => token),
    registrations: 0,
    refuseRegistration: false,
    forgetApps: () => apps.clear(),
    authorize(authorizeUrl, username, decision = 'allow') {
      const url = new URL(authorizeUrl);
      const q = url.searchParams;
      const app = apps.get(q.get('client_id') ?? '');
      const redirectUri = q.get('redirect_uri') ?? '';
      if (!app) throw new Error('authorize: unknown client');
      if (!app.redirectUris.some((uri) => loopbackMatch(uri, redirectUri)))
        throw new Error('authorize: bad redirect');
      if (!(q.get('scope') ?? '').split(' ').every((scope) => app.scopes.includes(scope)))
        throw new Error('scope');
      if (q.get('response_type') !== 'code') throw new Error('authorize: response_type');
      const state = q.get('state') ?? '';
      const back = new URL(redirectUri === 'urn:ietf:wg:oauth:2.0:oob' ? 'http://oob.invalid/' : redirectUri);
      if (decision === 'deny') {
        back.searchParams.set('error', 'access_denied');
        back.searchParams.set('state', state);
        return back.toString();
      }
      if (q.has('code_challenge') && q.get('code_challenge_method') !== 'S256') throw new Error('method');
      const code = random();
      codes.set(code, {
        clientId: q.get('client_id')!,
        redirectUri,
        user: username,
        challenge: q.get('code_challenge') ?? undefined,
      });
      if (redirectUri === 'urn:ietf:wg:oauth:2.0:oob') return code;
      back.searchParams.set('code', code);
      back.searchParams.set('state', state);
      return back.toString();
    },
    close: () => server.close(),
  };
  return fixture;
}
