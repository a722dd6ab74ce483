import { z } from 'zod';
import { HostError } from '../../ipc/result';
import { httpRequest, readJson, type HttpOptions } from '../instances/instance-http';

/**
 * The OAuth and account calls sign-in makes, from the host (never the renderer: `/oauth/revoke` lacks CORS
 * on some versions, and the client secret stays out of the window).
 * @see https://docs.joinmastodon.org/methods/apps/
 * @see https://docs.joinmastodon.org/methods/oauth/
 */

/** Registered once per instance: Doorkeeper ignores the port of loopback IP redirect URIs. */
export const registeredRedirectUris = 'http://127.0.0.1/callback\nurn:ietf:wg:oauth:2.0:oob';
export const oobRedirectUri = 'urn:ietf:wg:oauth:2.0:oob';
export const clientName = 'Pouet';
export const clientWebsite = 'https://github.com/pouet-app/pouet';

export interface AppCredentials {
  clientId: string;
  clientSecret: string;
  /** Space-separated scopes the app was registered with. */
  scopes: string;
}

/** The part of `verify_credentials` Pouet keeps. */
export interface RemoteAccount {
  id: string;
  username: string;
  acct: string;
  displayName: string;
  avatarUrl: string;
  avatarStaticUrl: string;
}

const oauthErrorSchema = z.object({ error: z.string(), error_description: z.string().optional() });
const appSchema = z.object({ client_id: z.string().min(1), client_secret: z.string().min(1) });
const tokenSchema = z.object({ access_token: z.string().min(1) });
const accountSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  username: z.string(),
  acct: z.string(),
  display_name: z.string().optional().catch(undefined),
  avatar: z.string().optional().catch(undefined),
  avatar_static: z.string().optional().catch(undefined),
});

const host = (instanceUrl: string) => new URL(instanceUrl).host;

function oauthError(body: unknown): { error: string; description: string } {
  const parsed = oauthErrorSchema.safeParse(body);
  return parsed.success
    ? { error: parsed.data.error, description: parsed.data.error_description ?? '' }
    : { error: '', description: '' };
}

/** `POST /api/v1/apps`. Any refusal is `registration_refused`. */
export async function registerApp(
  instanceUrl: string,
  scopes: string,
  http: HttpOptions,
): Promise<AppCredentials> {
  const response = await httpRequest(
    new URL('/api/v1/apps', instanceUrl),
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({
        client_name: clientName,
        // A newline-separated string: servers before 4.3 do not take an array.
        redirect_uris: registeredRedirectUris,
        scopes,
        website: clientWebsite,
      }),
    },
    http,
  );
  const body = await readJson(response);
  const app = appSchema.safeParse(body);
  if (response.ok && app.success) {
    return { clientId: app.data.client_id, clientSecret: app.data.client_secret, scopes };
  }
  const { error, description } = oauthError(body);
  throw new HostError(
    'registration_refused',
    `${host(instanceUrl)} refused to register Pouet as an app (HTTP ${response.status}${description || error ? `: ${description || error}` : ''}), so sign-in cannot continue.`,
    { host: host(instanceUrl), status: String(response.status), error: description || error },
  );
}

/**
 * Whether the server still knows a cached app: a `client_credentials` grant succeeds for a live client and
 * fails with `invalid_client` for one the server forgot (before 4.3, unused apps were vacuumed). The app token
 * it yields is revoked at once. Anything inconclusive counts as "still valid".
 */
export async function isClientKnown(
  instanceUrl: string,
  app: AppCredentials,
  http: HttpOptions,
): Promise<boolean> {
  let response: Response;
  try {
    response = await httpRequest(
      new URL('/oauth/token', instanceUrl),
      {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: app.clientId,
          client_secret: app.clientSecret,
          scope: 'read',
        }),
      },
      http,
    );
  } catch {
    return true;
  }
  const body = await readJson(response).catch(() => undefined);
  if (response.ok) {
    const token = tokenSchema.safeParse(body);
    if (token.success)
      await revokeToken(instanceUrl, app, token.data.access_token, http).catch(() => undefined);
    return true;
  }
  return oauthError(body).error !== 'invalid_client';
}

export interface CodeExchange {
  app: AppCredentials;
  code: string;
  /** Exactly as sent to /oauth/authorize, port included. */
  redirectUri: string;
  codeVerifier: string | undefined;
}

/**
 * `POST /oauth/token` with `grant_type=authorization_code`. `invalid_code` when the server refuses the code,
 * `app_rejected` when it no longer knows the app, `sign_in_failed` otherwise.
 */
export async function exchangeCode(
  instanceUrl: string,
  exchange: CodeExchange,
  http: HttpOptions,
): Promise<string> {
  const form = new URLSearchParams({
    grant_type: 'authorization_code',
    code: exchange.code,
    client_id: exchange.app.clientId,
    client_secret: exchange.app.clientSecret,
    redirect_uri: exchange.redirectUri,
  });
  if (exchange.codeVerifier) form.set('code_verifier', exchange.codeVerifier);
  const response = await httpRequest(
    new URL('/oauth/token', instanceUrl),
    { method: 'POST', headers: { accept: 'application/json' }, body: form },
    http,
  );
  const body = await readJson(response);
  const token = tokenSchema.safeParse(body);
  if (response.ok && token.success) return token.data.access_token;

  const { error, description } = oauthError(body);
  const params = { host: host(instanceUrl), status: String(response.status), error, description };
  if (error === 'invalid_grant') {
    throw new HostError(
      'invalid_code',
      `${host(instanceUrl)} did not accept the authorisation code${description ? ` (${description})` : ''}. Copy it again and paste the whole code, or start again.`,
      params,
    );
  }
  if (error === 'invalid_client') {
    throw new HostError(
      'app_rejected',
      `${host(instanceUrl)} no longer recognises Pouet’s app registration. Start signing in again; Pouet will register anew.`,
      params,
    );
  }
  throw new HostError(
    'sign_in_failed',
    `${host(instanceUrl)} did not hand out an access token (HTTP ${response.status}${error ? `, ${error}` : ''}).`,
    { ...params, step: 'token' },
  );
}

/** `GET /api/v1/accounts/verify_credentials`: who the token belongs to. */
export async function verifyCredentials(
  instanceUrl: string,
  accessToken: string,
  http: HttpOptions,
): Promise<RemoteAccount> {
  const response = await httpRequest(
    new URL('/api/v1/accounts/verify_credentials', instanceUrl),
    { headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' } },
    http,
  );
  const body = await readJson(response);
  const account = accountSchema.safeParse(body);
  if (response.ok && account.success) {
    const data = account.data;
    return {
      id: data.id,
      username: data.username,
      acct: data.acct,
      displayName: data.display_name ?? '',
      avatarUrl: data.avatar ?? '',
      avatarStaticUrl: data.avatar_static ?? data.avatar ?? '',
    };
  }
  throw new HostError(
    'sign_in_failed',
    `${host(instanceUrl)} gave an access token but would not say whose it is (HTTP ${response.status}).`,
    {
      host: host(instanceUrl),
      status: String(response.status),
      error: oauthError(body).error,
      step: 'verify_credentials',
    },
  );
}

/** `POST /oauth/revoke` (idempotent). Throws on network errors and refusals; callers decide if that matters. */
export async function revokeToken(
  instanceUrl: string,
  app: AppCredentials,
  token: string,
  http: HttpOptions,
): Promise<void> {
  const response = await httpRequest(
    new URL('/oauth/revoke', instanceUrl),
    {
      method: 'POST',
      headers: { accept: 'application/json' },
      body: new URLSearchParams({ client_id: app.clientId, client_secret: app.clientSecret, token }),
    },
    http,
  );
  await response.body?.cancel();
  if (!response.ok) {
    throw new HostError(
      'revoke_failed',
      `${host(instanceUrl)} did not revoke the token (HTTP ${response.status}).`,
      {
        host: host(instanceUrl),
        status: String(response.status),
      },
    );
  }
}
