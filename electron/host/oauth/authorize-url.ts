/** What goes into the authorize URL opened in the system browser. */
export interface AuthorizeRequest {
  instanceUrl: string;
  clientId: string;
  redirectUri: string;
  scope: string;
  state: string;
  /** Present only when the server advertises S256 (4.3+). */
  codeChallenge: string | undefined;
  /** Show the login form even if the browser is signed in: how a second account on one server signs in. */
  forceLogin: boolean;
  /** The language of the server's authorisation page, e.g. `fr`. */
  lang: string | undefined;
}

/** @see https://docs.joinmastodon.org/methods/oauth/#authorize */
export function buildAuthorizeUrl(request: AuthorizeRequest): string {
  const url = new URL('/oauth/authorize', request.instanceUrl);
  const params = url.searchParams;
  params.set('response_type', 'code');
  params.set('client_id', request.clientId);
  params.set('redirect_uri', request.redirectUri);
  params.set('scope', request.scope);
  params.set('state', request.state);
  if (request.codeChallenge) {
    params.set('code_challenge', request.codeChallenge);
    params.set('code_challenge_method', 'S256');
  }
  if (request.forceLogin) params.set('force_login', 'true');
  if (request.lang) params.set('lang', request.lang);
  return url.toString();
}
