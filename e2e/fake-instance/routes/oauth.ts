import { randomBytes } from 'node:crypto';
import { html, HttpError, json, notFound, ok, redirect, type Reply } from '../http/reply';
import { str, type Params } from '../http/params';
import { authorizePage, oauthErrorPage, oobCodePage } from '../oauth/pages';
import { OOB, redirectUriMatches } from '../oauth/redirect-uris';
import { ALL_SCOPES, parseScopes } from '../oauth/scopes';
import { authenticateClient, issueToken, randomToken, s256, tokenResponse } from '../oauth/tokens';
import { avatarUrl, accountUrl } from '../urls';
import { PUBLIC, user, type Router } from '../router';
import type { AccountRecord, AppRecord } from '../store';
import type { RequestContext } from '../request-context';
import type { World } from '../world';

const SESSION_COOKIE = '_fake_mastodon_session';
const CODE_TTL = 10 * 60 * 1000;

const oauthError = (status: number, error: string, description: string): HttpError =>
  new HttpError(status, error, { error_description: description });

const INVALID_CLIENT = (): HttpError =>
  oauthError(
    401,
    'invalid_client',
    'Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.',
  );
const INVALID_GRANT = (): HttpError =>
  oauthError(
    400,
    'invalid_grant',
    'The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.',
  );

function withParams(uri: string, params: Record<string, string | undefined>): string {
  const u = new URL(uri);
  for (const [k, v] of Object.entries(params)) if (v !== undefined) u.searchParams.set(k, v);
  return u.toString();
}

function checkPassword(w: World, login: string, password: string): AccountRecord | undefined {
  const a =
    w.store.accountByAcct(login.trim(), w.domain) ??
    w.store.localAccounts().find((x) => x.email?.toLowerCase() === login.trim().toLowerCase());
  return a && a.domain === null && a.password !== null && a.password === password ? a : undefined;
}

interface AuthorizeRequest {
  app: AppRecord;
  redirectUri: string;
  scopes: string[];
  state: string | undefined;
  challenge: string | null;
  hidden: Record<string, string>;
}

/**
 * Validates an authorization request. Problems that cannot be sent back to the client (unknown app,
 * unregistered redirect URI) are shown as a page; the others redirect with `error` and `state`.
 */
function validateAuthorize(w: World, p: Params): AuthorizeRequest | Reply {
  const app = [...w.store.apps.values()].find((a) => a.clientId === str(p, 'client_id'));
  if (!app)
    return html(
      401,
      oauthErrorPage(
        'Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.',
      ),
    );
  const redirectUri = str(p, 'redirect_uri') ?? (app.redirectUris.length === 1 ? app.redirectUris[0]! : '');
  if (!app.redirectUris.some((r) => redirectUriMatches(r, redirectUri))) {
    return html(400, oauthErrorPage('The redirect uri included is not valid.'));
  }
  const state = str(p, 'state');
  const fail = (error: string, description: string): Reply =>
    redirectUri === OOB
      ? html(400, oauthErrorPage(description))
      : redirect(withParams(redirectUri, { error, error_description: description, state }));
  if (str(p, 'response_type') !== 'code')
    return fail('unsupported_response_type', 'The authorization server does not support this response type.');
  const scopes = parseScopes(str(p, 'scope') ?? 'read');
  if (scopes.length === 0 || scopes.some((s) => !app.scopes.includes(s))) {
    return fail('invalid_scope', 'The requested scope is invalid, unknown, or malformed.');
  }
  let challenge: string | null = null;
  if (!w.legacy && str(p, 'code_challenge')) {
    // Mastodon only enables S256; a missing method means "plain", which it refuses.
    if (str(p, 'code_challenge_method') !== 'S256')
      return fail('invalid_request', 'The code challenge method must be S256.');
    challenge = str(p, 'code_challenge')!;
  }
  const hidden: Record<string, string> = {};
  for (const key of [
    'client_id',
    'redirect_uri',
    'response_type',
    'scope',
    'state',
    'code_challenge',
    'code_challenge_method',
    'force_login',
    'lang',
  ]) {
    const v = str(p, key);
    if (v !== undefined) hidden[key] = v;
  }
  hidden['redirect_uri'] = redirectUri;
  return { app, redirectUri, scopes, state, challenge, hidden };
}

function sessionAccount(ctx: RequestContext): AccountRecord | undefined {
  const sid = ctx.cookie(SESSION_COOKIE);
  const id = sid ? ctx.world.store.sessions.get(sid) : undefined;
  return id ? ctx.world.store.account(id) : undefined;
}

function page(
  ctx: RequestContext,
  req: AuthorizeRequest,
  status: number,
  extra: { error?: string; username?: string } = {},
): Reply {
  const signedIn = sessionAccount(ctx);
  const forceLogin = str(req.hidden, 'force_login') === 'true';
  return html(
    status,
    authorizePage({
      instanceTitle: ctx.world.title,
      appName: req.app.name,
      appWebsite: req.app.website,
      scopes: req.scopes,
      hidden: req.hidden,
      signedInAs: signedIn ? `@${signedIn.username}` : null,
      showLogin: forceLogin || !signedIn || extra.error !== undefined,
      ...extra,
    }),
  );
}

export function registerOAuthRoutes(r: Router): void {
  r.get('/oauth/authorize', PUBLIC, (ctx) => {
    const req = validateAuthorize(ctx.world, ctx.query);
    return 'kind' in req ? req : page(ctx, req, 200);
  });

  r.post('/oauth/authorize', PUBLIC, (ctx) => {
    const w = ctx.world;
    const req = validateAuthorize(w, ctx.body);
    if ('kind' in req) return req;
    if (str(ctx.body, 'decision') === 'deny') {
      const description = 'The resource owner or authorization server denied the request.';
      if (req.redirectUri === OOB) return html(403, oauthErrorPage(description));
      return redirect(
        withParams(req.redirectUri, {
          error: 'access_denied',
          error_description: description,
          state: req.state,
        }),
      );
    }
    const username = str(ctx.body, 'username');
    let account: AccountRecord | undefined;
    const headers: Record<string, string> = {};
    if (username !== undefined) {
      account = checkPassword(w, username, str(ctx.body, 'password') ?? '');
      if (!account) return page(ctx, req, 422, { error: 'Invalid username or password.', username });
      const sid = randomBytes(16).toString('hex');
      w.store.sessions.set(sid, account.id);
      headers['Set-Cookie'] = `${SESSION_COOKIE}=${sid}; Path=/; HttpOnly; SameSite=Lax`;
    } else account = sessionAccount(ctx);
    if (!account) return page(ctx, req, 422, { error: 'Please sign in.' });
    const code = randomToken();
    w.store.authCodes.set(code, {
      code,
      appId: req.app.id,
      accountId: account.id,
      redirectUri: str(ctx.body, 'redirect_uri') ?? req.redirectUri,
      scopes: req.scopes,
      challenge: req.challenge,
      expiresAt: w.clock.now() + CODE_TTL,
      used: false,
    });
    const location =
      req.redirectUri === OOB
        ? `/oauth/authorize/native?code=${encodeURIComponent(code)}`
        : withParams(req.redirectUri, { code, state: req.state });
    return { kind: 'html', status: 302, html: '', headers: { ...headers, Location: location } };
  });

  r.get('/oauth/authorize/native', PUBLIC, (ctx) => html(200, oobCodePage(str(ctx.query, 'code') ?? '')));

  r.post('/oauth/token', PUBLIC, (ctx) => {
    const w = ctx.world;
    const p = ctx.body;
    const app = authenticateClient(
      w,
      { clientId: str(p, 'client_id'), clientSecret: str(p, 'client_secret') },
      ctx.header('authorization'),
    );
    if (!app) throw INVALID_CLIENT();
    switch (str(p, 'grant_type')) {
      case 'authorization_code': {
        const grant = w.store.authCodes.get(str(p, 'code') ?? '');
        if (!grant || grant.used || grant.appId !== app.id || grant.expiresAt < w.clock.now())
          throw INVALID_GRANT();
        // The redirect_uri must be the very one used at /oauth/authorize, port included.
        if (str(p, 'redirect_uri') !== grant.redirectUri) throw INVALID_GRANT();
        if (grant.challenge && !w.legacy) {
          const verifier = str(p, 'code_verifier');
          if (!verifier)
            throw oauthError(400, 'invalid_request', 'Missing required parameter: code_verifier.');
          if (s256(verifier) !== grant.challenge) throw INVALID_GRANT();
        }
        grant.used = true;
        return ok(tokenResponse(issueToken(w, grant.accountId, grant.scopes, app)));
      }
      case 'client_credentials': {
        const scopes = parseScopes(str(p, 'scope') ?? 'read');
        if (scopes.some((s) => !app.scopes.includes(s)))
          throw oauthError(400, 'invalid_scope', 'The requested scope is invalid, unknown, or malformed.');
        return ok(tokenResponse(issueToken(w, null, scopes, app)));
      }
      case 'password': {
        const account = checkPassword(w, str(p, 'username') ?? '', str(p, 'password') ?? '');
        if (!account) throw INVALID_GRANT();
        const scopes = parseScopes(str(p, 'scope') ?? 'read');
        if (scopes.some((s) => !app.scopes.includes(s)))
          throw oauthError(400, 'invalid_scope', 'The requested scope is invalid, unknown, or malformed.');
        return ok(tokenResponse(issueToken(w, account.id, scopes, app)));
      }
      default:
        throw oauthError(
          400,
          'unsupported_grant_type',
          'The authorization grant type is not supported by the authorization server.',
        );
    }
  });

  r.post('/oauth/revoke', PUBLIC, (ctx) => {
    const w = ctx.world;
    const p = ctx.body;
    const app = authenticateClient(
      w,
      { clientId: str(p, 'client_id'), clientSecret: str(p, 'client_secret') },
      ctx.header('authorization'),
    );
    if (!app) throw oauthError(403, 'unauthorized_client', 'You are not authorized to revoke this token');
    const token = w.store.tokens.get(str(p, 'token') ?? '');
    if (token && token.appId !== app.id)
      throw oauthError(403, 'unauthorized_client', 'You are not authorized to revoke this token');
    if (token && token.revokedAt === null) {
      token.revokedAt = w.clock.now();
      // Mastodon kills the streaming connections of a revoked token.
      w.events.dropToken(token.id);
    }
    return ok({});
  });

  r.get('/.well-known/oauth-authorization-server', PUBLIC, (ctx) => {
    const w = ctx.world;
    if (w.legacy) throw notFound();
    return ok({
      issuer: `${w.origin}/`,
      service_documentation: 'https://docs.joinmastodon.org/',
      authorization_endpoint: `${w.origin}/oauth/authorize`,
      token_endpoint: `${w.origin}/oauth/token`,
      app_registration_endpoint: `${w.origin}/api/v1/apps`,
      revocation_endpoint: `${w.origin}/oauth/revoke`,
      userinfo_endpoint: `${w.origin}/oauth/userinfo`,
      scopes_supported: ALL_SCOPES,
      response_types_supported: ['code'],
      response_modes_supported: ['query', 'fragment', 'form_post'],
      code_challenge_methods_supported: ['S256'],
      grant_types_supported: ['authorization_code', 'password', 'client_credentials'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    });
  });

  r.get('/oauth/userinfo', user('profile|read:accounts'), (ctx) => {
    const w = ctx.world;
    if (w.legacy) throw notFound();
    return json(200, {
      iss: `${w.origin}/`,
      sub: accountUrl(w, ctx.me),
      name: ctx.me.displayName,
      preferred_username: ctx.me.username,
      profile: accountUrl(w, ctx.me),
      picture: avatarUrl(w, ctx.me),
    });
  });
}
