import { createHash, randomBytes } from 'node:crypto';
import { createOAuthAPIClient, createRestAPIClient, MastoHttpError, type mastodon } from 'masto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeInstance } from '../index';
import { withInstance } from './masto-harness';

let fi: FakeInstance;
let legacy: FakeInstance;

beforeAll(async () => {
  [fi, legacy] = await Promise.all([withInstance(), withInstance({ legacy: true })]);
});
afterAll(async () => {
  await Promise.all([fi.close(), legacy.close()]);
});

const REDIRECT = 'http://127.0.0.1/callback';

async function register(
  instance: FakeInstance,
  redirectUris: string | string[] = [REDIRECT, 'urn:ietf:wg:oauth:2.0:oob', 'pouet://oauth/callback'],
): Promise<mastodon.v1.Client> {
  return createRestAPIClient({ url: instance.url }).v1.apps.create({
    clientName: 'Pouet tests',
    redirectUris,
    scopes: 'read write push',
    website: 'https://pouet.invalid',
  });
}

function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** Submits the sign-in form as a browser would; returns the redirect target. */
async function signIn(
  instance: FakeInstance,
  params: Record<string, string>,
  form: Record<string, string> = { username: 'alice', password: 'password', decision: 'authorize' },
  cookie?: string,
): Promise<{ location: string; status: number; cookie: string | null; html: string }> {
  const res = await fetch(`${instance.url}/oauth/authorize`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...(cookie ? { Cookie: cookie } : {}) },
    body: new URLSearchParams({ response_type: 'code', ...params, ...form }),
  });
  return {
    location: res.headers.get('location') ?? '',
    status: res.status,
    cookie: res.headers.get('set-cookie'),
    html: await res.text(),
  };
}

async function exchange(
  instance: FakeInstance,
  app: mastodon.v1.Client,
  code: string,
  redirectUri: string,
  codeVerifier?: string,
): Promise<mastodon.v1.Token> {
  // masto's params type has no codeVerifier; it serialises whatever it is given (FACTS.md §2).
  const params = {
    grantType: 'authorization_code',
    clientId: app.clientId!,
    clientSecret: app.clientSecret!,
    redirectUri,
    code,
    ...(codeVerifier ? { codeVerifier } : {}),
  } as const;
  return createOAuthAPIClient({ url: instance.url }).token.create(params);
}

describe('OAuth like Mastodon', () => {
  it('registers apps with redirect URIs as an array or a newline string', async () => {
    const a = await register(fi);
    expect(a.redirectUris).toEqual([REDIRECT, 'urn:ietf:wg:oauth:2.0:oob', 'pouet://oauth/callback']);
    expect(a.clientId).toBeTruthy();
    expect(a.clientSecret).toBeTruthy();
    const b = await register(fi, `${REDIRECT}\nurn:ietf:wg:oauth:2.0:oob`);
    expect(b.redirectUris).toEqual([REDIRECT, 'urn:ietf:wg:oauth:2.0:oob']);
    await expect(register(fi, 'javascript:alert(1)')).rejects.toMatchObject({ statusCode: 422 });
  });

  it('advertises PKCE S256 in the authorization server metadata', async () => {
    const meta = (await (await fetch(`${fi.url}/.well-known/oauth-authorization-server`)).json()) as Record<
      string,
      unknown
    >;
    expect(meta['code_challenge_methods_supported']).toEqual(['S256']);
    expect(meta['token_endpoint_auth_methods_supported']).toEqual([
      'client_secret_basic',
      'client_secret_post',
    ]);
    expect(meta['scopes_supported']).toContain('profile');
  });

  it('signs in with PKCE through the HTML form, to a loopback URI on any port', async () => {
    const app = await register(fi);
    const { verifier, challenge } = pkce();
    const redirectUri = 'http://127.0.0.1:54321/callback';
    const query = {
      client_id: app.clientId!,
      redirect_uri: redirectUri,
      scope: 'read write',
      state: 'st4te',
      code_challenge: challenge,
      code_challenge_method: 'S256',
    };
    const page = await fetch(
      `${fi.url}/oauth/authorize?${new URLSearchParams({ response_type: 'code', ...query })}`,
    );
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('<label for="username">Username</label>');
    expect(html).toContain('<label for="password">Password</label>');
    expect(html).toContain('>Authorize</button>');
    expect(html).toContain('>Deny</button>');
    const { location } = await signIn(fi, query);
    const back = new URL(location);
    expect(`${back.origin}${back.pathname}`).toBe(redirectUri);
    expect(back.searchParams.get('state')).toBe('st4te');
    const code = back.searchParams.get('code')!;
    const token = await exchange(fi, app, code, redirectUri, verifier);
    expect(token.tokenType).toBe('Bearer');
    expect(token.scope).toBe('read write');
    const me = await createRestAPIClient({
      url: fi.url,
      accessToken: token.accessToken,
    }).v1.accounts.verifyCredentials();
    expect(me.username).toBe('alice');
    // A code works once.
    await expect(exchange(fi, app, code, redirectUri, verifier)).rejects.toMatchObject({
      statusCode: 400,
      message: 'invalid_grant',
    });
  });

  it('checks the PKCE verifier when a challenge was sent', async () => {
    const app = await register(fi);
    const { challenge } = pkce();
    const q = {
      client_id: app.clientId!,
      redirect_uri: REDIRECT,
      scope: 'read',
      code_challenge: challenge,
      code_challenge_method: 'S256',
    };
    const wrong = new URL((await signIn(fi, q)).location).searchParams.get('code')!;
    await expect(exchange(fi, app, wrong, REDIRECT, pkce().verifier)).rejects.toMatchObject({
      statusCode: 400,
      message: 'invalid_grant',
    });
    const missing = new URL((await signIn(fi, q)).location).searchParams.get('code')!;
    await expect(exchange(fi, app, missing, REDIRECT)).rejects.toMatchObject({
      statusCode: 400,
      message: 'invalid_request',
    });
    const plain = await signIn(fi, { ...q, code_challenge_method: 'plain' });
    expect(new URL(plain.location).searchParams.get('error')).toBe('invalid_request');
  });

  it('works without PKCE, requires the client secret, and rejects another redirect URI', async () => {
    const app = await register(fi);
    const code = new URL(
      (await signIn(fi, { client_id: app.clientId!, redirect_uri: REDIRECT, scope: 'read' })).location,
    ).searchParams.get('code')!;
    const noSecret = await fetch(`${fi.url}/oauth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        grant_type: 'authorization_code',
        client_id: app.clientId,
        redirect_uri: REDIRECT,
        code,
      }),
    });
    expect(noSecret.status).toBe(401);
    expect(await noSecret.json()).toMatchObject({ error: 'invalid_client' });
    await expect(exchange(fi, app, code, 'http://127.0.0.1:9/callback')).rejects.toMatchObject({
      message: 'invalid_grant',
    });
    expect((await exchange(fi, app, code, REDIRECT)).accessToken).toBeTruthy();
    const unregistered = await fetch(
      `${fi.url}/oauth/authorize?${new URLSearchParams({ response_type: 'code', client_id: app.clientId!, redirect_uri: 'http://localhost:8080/callback' })}`,
    );
    expect(unregistered.status).toBe(400);
    expect(await unregistered.text()).toContain('The redirect uri included is not valid.');
  });

  it('shows the code for oob, redirects custom schemes, reports denial and bad passwords, rejects unregistered scopes', async () => {
    const app = await register(fi);
    const oob = await signIn(fi, {
      client_id: app.clientId!,
      redirect_uri: 'urn:ietf:wg:oauth:2.0:oob',
      scope: 'read',
    });
    expect(oob.location).toMatch(/^\/oauth\/authorize\/native\?code=/);
    const codePage = await (await fetch(`${fi.url}${oob.location}`)).text();
    const code = new URL(oob.location, fi.url).searchParams.get('code')!;
    expect(codePage).toContain(code);
    expect((await exchange(fi, app, code, 'urn:ietf:wg:oauth:2.0:oob')).accessToken).toBeTruthy();

    const custom = await signIn(fi, {
      client_id: app.clientId!,
      redirect_uri: 'pouet://oauth/callback',
      scope: 'read',
      state: 's',
    });
    expect(custom.location).toMatch(/^pouet:\/\/oauth\/callback\?code=.+&state=s$/);

    const denied = await signIn(
      fi,
      { client_id: app.clientId!, redirect_uri: REDIRECT, state: 'd' },
      { decision: 'deny' },
    );
    expect(new URL(denied.location).searchParams.get('error')).toBe('access_denied');
    expect(new URL(denied.location).searchParams.get('state')).toBe('d');

    const bad = await signIn(
      fi,
      { client_id: app.clientId!, redirect_uri: REDIRECT },
      { username: 'alice', password: 'wrong', decision: 'authorize' },
    );
    expect(bad.status).toBe(422);
    expect(bad.html).toContain('Invalid username or password.');

    const scope = await signIn(fi, {
      client_id: app.clientId!,
      redirect_uri: REDIRECT,
      scope: 'admin:write',
    });
    expect(new URL(scope.location).searchParams.get('error')).toBe('invalid_scope');
  });

  it('remembers the browser session, unless force_login asks for the fields again', async () => {
    const app = await register(fi);
    const first = await signIn(
      fi,
      { client_id: app.clientId!, redirect_uri: REDIRECT, scope: 'read' },
      { username: 'bob', password: 'password', decision: 'authorize' },
    );
    const cookie = first.cookie!.split(';')[0]!;
    const q = new URLSearchParams({
      response_type: 'code',
      client_id: app.clientId!,
      redirect_uri: REDIRECT,
      scope: 'read',
    });
    const consent = await (
      await fetch(`${fi.url}/oauth/authorize?${q}`, { headers: { Cookie: cookie } })
    ).text();
    expect(consent).toContain('Signed in as <strong>@bob</strong>');
    expect(consent).not.toContain('for="username"');
    q.set('force_login', 'true');
    const forced = await (
      await fetch(`${fi.url}/oauth/authorize?${q}`, { headers: { Cookie: cookie } })
    ).text();
    expect(forced).toContain('<label for="username">Username</label>');
    const again = await signIn(
      fi,
      { client_id: app.clientId!, redirect_uri: REDIRECT, scope: 'read' },
      { decision: 'authorize' },
      cookie,
    );
    const token = await exchange(fi, app, new URL(again.location).searchParams.get('code')!, REDIRECT);
    expect(
      (
        await createRestAPIClient({
          url: fi.url,
          accessToken: token.accessToken,
        }).v1.accounts.verifyCredentials()
      ).username,
    ).toBe('bob');
  });

  it('enforces scopes and revokes tokens', async () => {
    const app = await register(fi);
    const code = new URL(
      (await signIn(fi, { client_id: app.clientId!, redirect_uri: REDIRECT, scope: 'read' })).location,
    ).searchParams.get('code')!;
    const token = await exchange(fi, app, code, REDIRECT);
    const client = createRestAPIClient({ url: fi.url, accessToken: token.accessToken });
    await expect(client.v1.statuses.create({ status: 'read-only cannot post' })).rejects.toMatchObject({
      statusCode: 403,
    });
    await createOAuthAPIClient({ url: fi.url }).revoke({
      clientId: app.clientId!,
      clientSecret: app.clientSecret!,
      token: token.accessToken,
    });
    const after = await client.v1.accounts.verifyCredentials().catch((e: unknown) => e);
    expect(after).toBeInstanceOf(MastoHttpError);
    expect((after as MastoHttpError).statusCode).toBe(401);
    expect((await fi.admin.revokedTokens()).map((t) => t.token)).toContain(token.accessToken);
  });

  it('behaves as an older server in legacy mode: no metadata, PKCE ignored', async () => {
    expect((await fetch(`${legacy.url}/.well-known/oauth-authorization-server`)).status).toBe(404);
    const v2 = await createRestAPIClient({ url: legacy.url }).v2.instance.fetch();
    expect(v2.version).toBe('4.2.13');
    expect(v2.apiVersions).toBeUndefined();
    const app = await register(legacy, `${REDIRECT}`);
    const { challenge } = pkce();
    const loc = await signIn(legacy, {
      client_id: app.clientId!,
      redirect_uri: 'http://127.0.0.1:40404/callback',
      scope: 'read write',
      code_challenge: challenge,
      code_challenge_method: 'S256',
    });
    const code = new URL(loc.location).searchParams.get('code')!;
    const token = await exchange(legacy, app, code, 'http://127.0.0.1:40404/callback');
    expect(token.accessToken).toBeTruthy();
    const alice = createRestAPIClient({ url: legacy.url, accessToken: token.accessToken });
    await expect(alice.v2.notifications.list()).rejects.toMatchObject({ statusCode: 404 });
  });
});
