import type { mastodon } from 'masto';
import { HttpError, ok, unprocessable } from '../http/reply';
import { str } from '../http/params';
import { isKnownScope, parseScopes } from '../oauth/scopes';
import { randomToken } from '../oauth/tokens';
import { redirectUriProblem, splitRedirectUris } from '../oauth/redirect-uris';
import type { WireClient } from '../render/types';
import { PUBLIC, type Router } from '../router';
import type { AppRecord } from '../store';

const VAPID_KEY = 'BDrmFA5mD4lJ3cGq7Q1JsLp0eXampleVapidKeyForTheFakeInstanceOnlyAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

function renderApp(a: AppRecord): mastodon.v1.Application & { redirectUri: string; id: string } {
  return {
    id: a.id,
    name: a.name,
    website: a.website,
    scopes: a.scopes,
    redirectUri: a.redirectUris.join('\n'),
    redirectUris: a.redirectUris,
    vapidKey: VAPID_KEY,
  };
}

export function registerAppRoutes(r: Router): void {
  r.post('/api/v1/apps', PUBLIC, (ctx) => {
    const w = ctx.world;
    const p = ctx.input;
    const name = str(p, 'client_name')?.trim();
    if (!name)
      throw unprocessable("Validation failed: Application name can't be blank", {
        name: [{ error: 'ERR_BLANK', description: "can't be blank" }],
      });
    const uris = splitRedirectUris(p['redirect_uris']);
    if (uris.length === 0) {
      throw unprocessable("Validation failed: Redirect URI can't be blank", {
        redirect_uri: [{ error: 'ERR_BLANK', description: "can't be blank" }],
      });
    }
    for (const uri of uris) {
      const problem = redirectUriProblem(uri);
      if (problem)
        throw unprocessable(`Validation failed: Redirect URI ${problem}`, {
          redirect_uri: [{ error: 'ERR_INVALID', description: problem }],
        });
    }
    const scopes = parseScopes(str(p, 'scopes') ?? 'read');
    const unknown = scopes.filter((s) => !isKnownScope(s));
    if (unknown.length)
      throw unprocessable(`Validation failed: Scopes ${unknown.join(' ')} are not supported`);
    const app: AppRecord = {
      id: w.ids.next('app', 1),
      clientId: randomToken(),
      clientSecret: randomToken(),
      name,
      website: str(p, 'website') || null,
      redirectUris: uris,
      scopes: scopes.length ? scopes : ['read'],
      createdAt: w.clock.now(),
    };
    w.store.apps.set(app.id, app);
    const client: WireClient = {
      ...renderApp(app),
      clientId: app.clientId,
      clientSecret: app.clientSecret,
      clientSecretExpiresAt: 0,
    };
    return ok(client);
  });

  r.get('/api/v1/apps/verify_credentials', { auth: 'app' }, (ctx) => {
    if (!ctx.app) throw new HttpError(401, 'The access token is invalid');
    return ok(renderApp(ctx.app));
  });
}
