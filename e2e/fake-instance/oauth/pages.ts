import { escapeHtml } from '../format/status-html';

/** The sign-in and consent page: a plain form with labelled fields, so e2e tests can fill it in by label. */

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: system-ui, sans-serif; background: #f2f3f7; color: #1c1d26; display: grid; place-items: center; min-height: 100vh; margin: 0; }
  main { background: white; padding: 2rem; border-radius: 12px; width: min(26rem, 92vw); box-shadow: 0 2px 12px rgba(0,0,0,.08); }
  h1 { font-size: 1.3rem; margin-top: 0; }
  label { display: block; margin: .8rem 0 .3rem; font-weight: 600; }
  input[type=text], input[type=password] { width: 100%; box-sizing: border-box; padding: .55rem; font-size: 1rem; border: 1px solid #c8cad6; border-radius: 6px; }
  .buttons { display: flex; gap: .6rem; margin-top: 1.2rem; }
  button { flex: 1; padding: .6rem; font-size: 1rem; border-radius: 6px; border: 1px solid #595aff; cursor: pointer; }
  button[value=authorize] { background: #595aff; color: white; }
  button[value=deny] { background: white; color: #595aff; }
  .error { color: #b00020; background: #fdecee; padding: .6rem; border-radius: 6px; }
  ul { padding-left: 1.2rem; }
  code { font-size: 1.1rem; word-break: break-all; }
</style>
</head>
<body><main>${body}</main></body>
</html>`;
}

export interface AuthorizeView {
  instanceTitle: string;
  appName: string;
  appWebsite: string | null;
  scopes: string[];
  /** Every query parameter of the request, carried through the form as hidden fields. */
  hidden: Record<string, string>;
  signedInAs: string | null;
  showLogin: boolean;
  error?: string;
  username?: string;
}

export function authorizePage(v: AuthorizeView): string {
  const hidden = Object.entries(v.hidden)
    .map(([k, val]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(val)}">`)
    .join('\n');
  const login = v.showLogin
    ? `<label for="username">Username</label>
<input type="text" id="username" name="username" autocomplete="username" value="${escapeHtml(v.username ?? '')}" autofocus>
<label for="password">Password</label>
<input type="password" id="password" name="password" autocomplete="current-password">`
    : `<p>Signed in as <strong>${escapeHtml(v.signedInAs ?? '')}</strong>.</p>`;
  const app = v.appWebsite
    ? `<a href="${escapeHtml(v.appWebsite)}">${escapeHtml(v.appName)}</a>`
    : escapeHtml(v.appName);
  return layout(
    `Authorize ${v.appName} · ${v.instanceTitle}`,
    `<h1>Authorization required</h1>
${v.error ? `<p class="error" role="alert">${escapeHtml(v.error)}</p>` : ''}
<p><strong>${app}</strong> would like permission to access your account on ${escapeHtml(v.instanceTitle)}.</p>
<p>It asks for:</p>
<ul>${v.scopes.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>
<form method="post" action="/oauth/authorize">
${hidden}
${login}
<div class="buttons">
<button type="submit" name="decision" value="authorize">Authorize</button>
<button type="submit" name="decision" value="deny">Deny</button>
</div>
</form>`,
  );
}

export function oobCodePage(code: string): string {
  return layout(
    'Authorization code',
    `<h1>Authorization code</h1>
<p>Copy this authorization code and paste it into the application.</p>
<label for="authorization_code">Authorization code</label>
<input type="text" id="authorization_code" readonly value="${escapeHtml(code)}">
<p><code data-testid="authorization-code">${escapeHtml(code)}</code></p>`,
  );
}

export function oauthErrorPage(message: string): string {
  return layout(
    'An error has occurred',
    `<h1>An error has occurred</h1><p class="error" role="alert">${escapeHtml(message)}</p>`,
  );
}
