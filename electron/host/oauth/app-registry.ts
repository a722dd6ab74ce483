import { join } from 'node:path';
import { z } from 'zod';
import type { Notice } from '../../ipc/types/app';
import type { HttpOptions } from '../instances/instance-http';
import { createJsonWriter, loadJsonFile } from '../json-file';
import type { Logger } from '../log';
import type { Vault } from '../vault/vault';
import { isClientKnown, registerApp, type AppCredentials } from './oauth-client';

/**
 * Pouet's app registration per instance, made once and cached: `apps.json` keeps the client id and scopes,
 * the vault keeps the client secret (`app:<origin>`). A cached app the server has forgotten (`invalid_client`)
 * is registered again.
 */
export interface AppRegistry {
  /** A registration valid on the server for these scopes: the cached one, or a new one. */
  ensure(instanceUrl: string, scopes: string): Promise<AppCredentials>;
  /** The cached registration (for revoking), if its secret is readable. */
  get(instanceUrl: string): AppCredentials | undefined;
  /** Drops a registration the server rejected, so the next sign-in registers again. */
  forget(instanceUrl: string): Promise<void>;
  readonly notice: Notice | undefined;
}

export const appsFileName = 'apps.json';

const appsFileSchema = z.object({
  version: z.literal(1),
  apps: z.record(
    z.string(),
    z.object({ clientId: z.string().min(1), scopes: z.string(), registeredAt: z.string() }),
  ),
});
type AppsFile = z.output<typeof appsFileSchema>;

const secretKey = (origin: string) => `app:${origin}`;
const originOf = (instanceUrl: string) => new URL(instanceUrl).origin;

export async function openAppRegistry(
  dataDir: string,
  vault: Vault,
  http: HttpOptions,
  log: Logger,
  now: () => Date = () => new Date(),
): Promise<AppRegistry> {
  const path = join(dataDir, appsFileName);
  const loaded = await loadJsonFile(
    path,
    appsFileSchema,
    (): AppsFile => ({ version: 1, apps: {} }),
    'app registrations',
  );
  const write = createJsonWriter(path);
  const apps = new Map(Object.entries(loaded.value.apps));
  const save = () => write({ version: 1, apps: Object.fromEntries(apps) } satisfies AppsFile);
  const pending = new Map<string, Promise<AppCredentials>>();

  const get = (instanceUrl: string): AppCredentials | undefined => {
    const origin = originOf(instanceUrl);
    const record = apps.get(origin);
    const clientSecret = vault.get(secretKey(origin));
    return record && clientSecret
      ? { clientId: record.clientId, clientSecret, scopes: record.scopes }
      : undefined;
  };

  const register = async (origin: string, scopes: string): Promise<AppCredentials> => {
    const app = await registerApp(origin, scopes, http);
    // The client secret of a native app is no real secret (RFC 8252 §8.5) but is kept encrypted anyway.
    await vault.set(secretKey(origin), app.clientSecret, { persist: true });
    apps.set(origin, { clientId: app.clientId, scopes, registeredAt: now().toISOString() });
    await save();
    log.info(`registered Pouet on ${origin}`);
    return app;
  };

  const ensureOnce = async (origin: string, scopes: string): Promise<AppCredentials> => {
    const cached = get(origin);
    if (cached && cached.scopes === scopes) {
      if (await isClientKnown(origin, cached, http)) return cached;
      log.warn(`${origin} no longer knows Pouet's app; registering again`);
    }
    return register(origin, scopes);
  };

  return {
    notice: loaded.notice,
    get,
    ensure(instanceUrl, scopes) {
      const origin = originOf(instanceUrl);
      // Two sign-ins started at once on one instance share one registration.
      const inFlight = pending.get(origin);
      if (inFlight) return inFlight;
      const next = ensureOnce(origin, scopes).finally(() => pending.delete(origin));
      pending.set(origin, next);
      return next;
    },
    async forget(instanceUrl) {
      const origin = originOf(instanceUrl);
      apps.delete(origin);
      await vault.delete(secretKey(origin));
      await save();
    },
  };
}
