import { describe, expect, it } from 'vitest';
import { buildAuthorizeUrl } from './authorize-url';
import { chooseScopes } from './scopes';

describe('chooseScopes', () => {
  it('asks for read write push when the server does not list its scopes (before 4.3)', () => {
    expect(chooseScopes(undefined)).toBe('read write push');
    expect(chooseScopes([])).toBe('read write push');
  });

  it('keeps only the scopes a server lists', () => {
    expect(chooseScopes(['read', 'write', 'push', 'profile', 'read:statuses'])).toBe('read write push');
    expect(chooseScopes(['read', 'write', 'follow'])).toBe('read write');
  });

  it('falls back to the usual set when the list makes no sense', () => {
    expect(chooseScopes(['openid'])).toBe('read write push');
  });
});

describe('buildAuthorizeUrl', () => {
  const base = {
    instanceUrl: 'https://social.example',
    clientId: 'cid',
    redirectUri: 'http://127.0.0.1:51234/callback',
    scope: 'read write push',
    state: 'st',
    codeChallenge: undefined,
    forceLogin: false,
    lang: undefined,
  };

  it('carries the code request without PKCE for older servers', () => {
    const url = new URL(buildAuthorizeUrl(base));
    expect(url.origin + url.pathname).toBe('https://social.example/oauth/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'cid',
      redirect_uri: 'http://127.0.0.1:51234/callback',
      scope: 'read write push',
      state: 'st',
    });
  });

  it('adds the S256 challenge, force_login and lang when asked', () => {
    const url = new URL(buildAuthorizeUrl({ ...base, codeChallenge: 'chal', forceLogin: true, lang: 'fr' }));
    expect(url.searchParams.get('code_challenge')).toBe('chal');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('force_login')).toBe('true');
    expect(url.searchParams.get('lang')).toBe('fr');
  });
});
