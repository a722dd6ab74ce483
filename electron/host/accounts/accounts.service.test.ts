import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCipher, createTestPorts, PlatformRecorder } from '../../../e2e/harness/test-ports';
import { HostError } from '../../ipc/result';
import type { AccountSummary, SignInStartInput } from '../../ipc/types/accounts';
import type { Cipher } from '../ports';
import { openAccountsService, type AccountsService, type AccountsServiceOptions } from './accounts.service';
import { startMiniMastodon, type MiniMastodon } from './mini-mastodon.fixture';
import { accountPalette } from './palette';

let dir: string;
let key: Buffer;
let instance: MiniMastodon;
const services: AccountsService[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pouet-accounts-'));
  key = randomBytes(32);
  instance = await startMiniMastodon();
});
afterEach(async () => {
  await Promise.all(services.splice(0).map((service) => service.close()));
  await instance.close();
  await rm(dir, { recursive: true, force: true });
});

interface Harness {
  service: AccountsService;
  recorder: PlatformRecorder;
  changes: AccountSummary[][];
  call: AccountsService['handlers'];
}

async function open(options: AccountsServiceOptions & { cipher?: Cipher } = {}): Promise<Harness> {
  const recorder = new PlatformRecorder();
  const changes: AccountSummary[][] = [];
  const ports = createTestPorts({ dataDir: dir, cipher: options.cipher ?? createTestCipher(key), recorder });
  const service = await openAccountsService(ports, (list) => changes.push(list), {
    lang: () => 'fr',
    ...options,
  });
  services.push(service);
  return { service, recorder, changes, call: service.handlers };
}

/** Starts a loopback sign-in, plays the user in the browser, and follows the redirect back to Pouet. */
async function signIn(
  h: Harness,
  user = 'alice',
  input: Partial<SignInStartInput> = {},
): Promise<AccountSummary> {
  const started = await h.call['signIn.start']({ instance: instance.url, ...input });
  expect(started.redirect).toBe('loopback');
  const finished = Promise.resolve(h.call['signIn.finish']({ flowId: started.flowId }));
  finished.catch(() => undefined); // observed by the caller; not an unhandled rejection meanwhile
  const response = await fetch(instance.authorize(started.authorizeUrl, user));
  expect(response.status).toBe(200);
  return finished;
}

async function failure(promise: Promise<unknown> | unknown): Promise<HostError> {
  const error = await Promise.resolve(promise).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HostError);
  return error as HostError;
}

describe('sign-in over loopback', () => {
  it('registers the app, opens the browser with PKCE and state, exchanges the code and stores the account', async () => {
    const h = await open();
    const started = await h.call['signIn.start']({ instance: instance.host });
    expect(h.recorder.openedUrls).toEqual([started.authorizeUrl]);

    const url = new URL(started.authorizeUrl);
    expect(url.origin + url.pathname).toBe(`${instance.url}/oauth/authorize`);
    const q = url.searchParams;
    expect(q.get('response_type')).toBe('code');
    expect(q.get('scope')).toBe('read write push');
    expect(q.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);
    expect(q.get('state')).toMatch(/^[\w-]{43}$/);
    expect(q.get('code_challenge_method')).toBe('S256');
    expect(q.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(q.get('lang')).toBe('fr');
    expect(q.has('force_login')).toBe(false);

    const finished = h.call['signIn.finish']({ flowId: started.flowId });
    const page = await fetch(instance.authorize(started.authorizeUrl, 'alice'));
    expect(await page.text()).toContain('Vous êtes connecté');
    const account = await finished;

    expect(account).toEqual({
      id: `1@${instance.host}`,
      instanceUrl: instance.url,
      instanceTitle: 'Mini Social',
      remoteId: '1',
      username: 'alice',
      acct: 'alice@social.example',
      displayName: 'Alice',
      avatarUrl: 'https://files.example/alice.png',
      avatarStaticUrl: 'https://files.example/alice-static.png',
      status: 'active',
      isDefault: true,
      storage: 'protected',
      color: accountPalette[0],
    });
    expect(h.changes.at(-1)).toEqual([account]);
    const token = await h.call['accounts.token']({ accountId: account.id });
    expect(instance.liveTokens()).toContain(token.accessToken);

    // Secrets only in the vault, encrypted; every file private and written whole.
    const files = (await readdir(dir)).sort();
    expect(files).toEqual(['accounts.json', 'apps.json', 'vault.json']);
    for (const name of files) {
      const text = await readFile(join(dir, name), 'utf8');
      expect(text).not.toContain(token.accessToken);
      if (process.platform !== 'win32') expect((await stat(join(dir, name))).mode & 0o777).toBe(0o600);
    }
  });

  it('works without PKCE on a server older than 4.3 (no OAuth metadata)', async () => {
    await instance.close();
    instance = await startMiniMastodon({ legacy: true });
    const h = await open();
    const started = await h.call['signIn.start']({ instance: instance.url, forceLogin: true });
    expect(new URL(started.authorizeUrl).searchParams.has('code_challenge')).toBe(false);
    expect(new URL(started.authorizeUrl).searchParams.get('force_login')).toBe('true');
    const finished = h.call['signIn.finish']({ flowId: started.flowId });
    await fetch(instance.authorize(started.authorizeUrl, 'bob'));
    expect((await finished).acct).toBe('bob@social.example');
  });

  it('keeps accounts and tokens across a restart and reuses the app registration', async () => {
    const first = await open();
    const alice = await signIn(first);
    const token = await first.call['accounts.token']({ accountId: alice.id });
    await first.service.close();

    const second = await open();
    expect(second.service.notices).toEqual([]);
    expect(await second.call['accounts.list'](undefined)).toEqual([alice]);
    expect(await second.call['accounts.token']({ accountId: alice.id })).toEqual(token);
    await signIn(second, 'bob');
    expect(instance.registrations).toBe(1);
  });

  it('registers again when the server forgot the cached app (invalid_client)', async () => {
    const h = await open();
    await signIn(h);
    instance.forgetApps();
    await signIn(h, 'bob');
    expect(instance.registrations).toBe(2);
  });

  it('updates an account signed in twice instead of duplicating it, and revokes the replaced token', async () => {
    const h = await open();
    const before = await signIn(h);
    const oldToken = (await h.call['accounts.token']({ accountId: before.id })).accessToken;
    await signIn(h, 'alice', { forceLogin: true });
    expect(await h.call['accounts.list'](undefined)).toHaveLength(1);
    await expect.poll(() => instance.revoked).toContain(oldToken);
  });

  it('gives each account a stable colour and makes the first one default', async () => {
    const h = await open();
    const alice = await signIn(h);
    const bob = await signIn(h, 'bob');
    expect([alice.color, bob.color]).toEqual([accountPalette[0], accountPalette[1]]);
    expect((await h.call['accounts.list'](undefined)).map((a) => a.isDefault)).toEqual([true, false]);
  });

  it('fails with access_denied when the user denies, storing nothing', async () => {
    const h = await open();
    const started = await h.call['signIn.start']({ instance: instance.url });
    const finished = failure(h.call['signIn.finish']({ flowId: started.flowId }));
    await fetch(instance.authorize(started.authorizeUrl, 'alice', 'deny'));
    expect((await finished).code).toBe('access_denied');
    expect(await h.call['accounts.list'](undefined)).toEqual([]);
    expect(h.changes).toEqual([]);
  });

  it('rejects a pending finish with cancelled and closes the listener', async () => {
    const h = await open();
    const started = await h.call['signIn.start']({ instance: instance.url });
    const finished = failure(h.call['signIn.finish']({ flowId: started.flowId }));
    await h.call['signIn.cancel']({ flowId: started.flowId });
    expect((await finished).code).toBe('cancelled');
    const redirect = new URL(started.authorizeUrl).searchParams.get('redirect_uri')!;
    await expect(fetch(redirect)).rejects.toThrow();
    // Cancelling twice, or an unknown flow, is harmless.
    await h.call['signIn.cancel']({ flowId: started.flowId });
    await h.call['signIn.cancel']({ flowId: 'nope' });
  });

  it('times out (injected delay) with timed_out', async () => {
    const h = await open({ signInTimeoutMs: 30 });
    const started = await h.call['signIn.start']({ instance: instance.url });
    const error = await failure(h.call['signIn.finish']({ flowId: started.flowId }));
    expect(error.code).toBe('timed_out');
  });

  it('close() stops flows in progress and their listeners', async () => {
    const h = await open();
    const started = await h.call['signIn.start']({ instance: instance.url });
    const finished = failure(h.call['signIn.finish']({ flowId: started.flowId }));
    await h.service.close();
    expect((await finished).code).toBe('cancelled');
    await expect(fetch(new URL(started.authorizeUrl).searchParams.get('redirect_uri')!)).rejects.toThrow();
  });

  it('says unknown_flow for a flow it never started', async () => {
    const h = await open();
    expect((await failure(h.call['signIn.finish']({ flowId: 'nope' }))).code).toBe('unknown_flow');
  });

  it('refuses a re-sign-in as somebody else with wrong_account, and revokes that token', async () => {
    const h = await open();
    const alice = await signIn(h);
    const error = await failure(signIn(h, 'bob', { accountId: alice.id }));
    expect(error.code).toBe('wrong_account');
    expect(error.params).toEqual({ expected: 'alice@social.example', actual: 'bob@social.example' });
    expect(await h.call['accounts.list'](undefined)).toEqual([alice]);
    expect(instance.liveTokens()).toHaveLength(1);
  });

  it('brings an account back to active when it signs in again after a revoked token', async () => {
    const h = await open();
    const alice = await signIn(h);
    const marked = await h.call['accounts.markNeedsSignIn']({ accountId: alice.id });
    expect(marked[0]?.status).toBe('needs_sign_in');
    const again = await signIn(h, 'alice', { accountId: alice.id });
    expect(again).toEqual(alice);
  });

  it('says registration_refused when the server will not register the app', async () => {
    instance.refuseRegistration = true;
    const h = await open();
    const error = await failure(h.call['signIn.start']({ instance: instance.url }));
    expect(error.code).toBe('registration_refused');
    expect(error.params).toMatchObject({ host: instance.host, status: '422' });
    expect(h.recorder.openedUrls).toEqual([]);
  });

  it('passes preview errors through as the UI expects', async () => {
    const h = await open();
    expect((await failure(h.call['instances.preview']({ instance: 'ftp://x.example' }))).code).toBe(
      'invalid_instance',
    );
    expect((await failure(h.call['signIn.start']({ instance: 'not a server' }))).code).toBe(
      'invalid_instance',
    );
    const preview = await h.call['instances.preview']({ instance: `@alice@${instance.host}` });
    expect(preview).toMatchObject({
      url: instance.url,
      title: 'Mini Social',
      supportsPkce: true,
      username: 'alice',
    });
  });
});

describe('sign-in with a pasted code (oob)', () => {
  it('uses the oob redirect, refuses a wrong code without ending the flow, and accepts the right one', async () => {
    const h = await open();
    const started = await h.call['signIn.start']({ instance: instance.url, preferOob: true });
    expect(started.redirect).toBe('oob');
    expect(new URL(started.authorizeUrl).searchParams.get('redirect_uri')).toBe('urn:ietf:wg:oauth:2.0:oob');
    const finished = h.call['signIn.finish']({ flowId: started.flowId });

    const wrong = await failure(h.call['signIn.submitCode']({ flowId: started.flowId, code: 'typo' }));
    expect(wrong.code).toBe('invalid_code');

    const code = instance.authorize(started.authorizeUrl, 'alice');
    const account = await h.call['signIn.submitCode']({ flowId: started.flowId, code });
    expect(account.acct).toBe('alice@social.example');
    expect(await finished).toEqual(account);
  });

  it('accepts a code pasted for a loopback flow whose redirect never arrived', async () => {
    const h = await open();
    const started = await h.call['signIn.start']({ instance: instance.url });
    const redirect = new URL(instance.authorize(started.authorizeUrl, 'alice'));
    const account = await h.call['signIn.submitCode']({
      flowId: started.flowId,
      code: redirect.searchParams.get('code')!,
    });
    expect(account.username).toBe('alice');
    await expect(fetch(redirect)).rejects.toThrow();
  });
});

describe('storage choice without a keychain', () => {
  const unprotected = () => createTestCipher(key, false);

  it('reports the vault as unprotected and asks for a choice', async () => {
    const h = await open({ cipher: unprotected() });
    expect(await h.call['vault.status'](undefined)).toEqual({ protected: false });
    expect((await failure(h.call['signIn.start']({ instance: instance.url }))).code).toBe(
      'storage_choice_required',
    );
    const protectedOne = await open({ cipher: createTestCipher(key) });
    expect(await protectedOne.call['vault.status'](undefined)).toEqual({ protected: true });
  });

  it("stores the token anyway with 'unprotected', and keeps it across a restart", async () => {
    const first = await open({ cipher: unprotected() });
    const alice = await signIn(first, 'alice', { storage: 'unprotected' });
    expect(alice.storage).toBe('unprotected');
    await first.service.close();
    const second = await open({ cipher: unprotected() });
    expect(await second.call['accounts.list'](undefined)).toEqual([alice]);
  });

  it("keeps a 'session' token in memory only: after a restart the account is listed as needs_sign_in", async () => {
    const first = await open({ cipher: unprotected() });
    const alice = await signIn(first, 'alice', { storage: 'session' });
    expect(alice).toMatchObject({ storage: 'session', status: 'active' });
    expect(JSON.parse(await readFile(join(dir, 'vault.json'), 'utf8')).entries).not.toHaveProperty(
      `token:${alice.id}`,
    );
    await first.service.close();

    const second = await open({ cipher: unprotected() });
    expect(second.service.notices).toEqual([]);
    expect(await second.call['accounts.list'](undefined)).toEqual([{ ...alice, status: 'needs_sign_in' }]);
    const error = await failure(second.call['accounts.token']({ accountId: alice.id }));
    expect(error.code).toBe('needs_sign_in');
    expect((await signIn(second, 'alice', { storage: 'session', accountId: alice.id })).status).toBe(
      'active',
    );
  });
});

describe('account registry', () => {
  it('reorders, changes the default and marks accounts, telling the renderer each time', async () => {
    const h = await open();
    const alice = await signIn(h);
    const bob = await signIn(h, 'bob');
    h.changes.length = 0;

    const reordered = await h.call['accounts.reorder']({ accountIds: [bob.id, 'ghost@nowhere', alice.id] });
    expect(reordered.map((a) => a.id)).toEqual([bob.id, alice.id]);
    expect(reordered.find((a) => a.id === alice.id)?.isDefault).toBe(false);
    expect(reordered[0]!.isDefault).toBe(true);

    const withDefault = await h.call['accounts.setDefault']({ accountId: alice.id });
    expect(withDefault.map((a) => [a.id, a.isDefault, a.color])).toEqual([
      [bob.id, false, bob.color],
      [alice.id, true, alice.color],
    ]);

    const marked = await h.call['accounts.markNeedsSignIn']({ accountId: bob.id });
    expect(marked[0]).toEqual({ ...bob, status: 'needs_sign_in', isDefault: false });
    expect((await failure(h.call['accounts.token']({ accountId: bob.id }))).code).toBe('needs_sign_in');
    expect(h.changes).toEqual([reordered, withDefault, marked]);
    expect((await failure(h.call['accounts.setDefault']({ accountId: 'ghost' }))).code).toBe(
      'unknown_account',
    );
  });

  it('signs out: revokes on the server, forgets locally, and the next account becomes default', async () => {
    const h = await open();
    const alice = await signIn(h);
    const bob = await signIn(h, 'bob');
    const token = (await h.call['accounts.token']({ accountId: alice.id })).accessToken;
    const after = await h.call['accounts.signOut']({ accountId: alice.id });
    expect(instance.revoked).toContain(token);
    expect(after).toEqual([{ ...bob, isDefault: true }]);
    expect(h.changes.at(-1)).toEqual(after);
    expect(await readFile(join(dir, 'vault.json'), 'utf8')).not.toContain(`token:${alice.id}`);
    expect((await failure(h.call['accounts.token']({ accountId: alice.id }))).code).toBe('unknown_account');
  });

  it('signs out even when the server cannot be reached', async () => {
    const h = await open({ http: { timeoutMs: 200 } });
    const alice = await signIn(h);
    await instance.close();
    expect(await h.call['accounts.signOut']({ accountId: alice.id })).toEqual([]);
    const reopened = await open();
    expect(await reopened.call['accounts.list'](undefined)).toEqual([]);
  });
});

describe('damaged vault', () => {
  it('marks accounts whose token cannot be decrypted as needs_sign_in and says so', async () => {
    const first = await open();
    const alice = await signIn(first);
    await first.service.close();

    const other = await open({ cipher: createTestCipher(randomBytes(32)) });
    expect(await other.call['accounts.list'](undefined)).toEqual([{ ...alice, status: 'needs_sign_in' }]);
    expect(other.service.notices).toEqual([
      expect.objectContaining({
        code: 'accounts_need_sign_in',
        params: { accounts: '@alice@social.example', count: '1', reason: 'undecryptable' },
      }),
    ]);
    // The ciphertext is kept (a keychain that comes back can still open it) until the account signs in again.
    const vault = JSON.parse(await readFile(join(dir, 'vault.json'), 'utf8')) as { entries: object };
    expect(vault.entries).toHaveProperty(`token:${alice.id}`);
  });

  it('moves a corrupt vault aside and keeps the accounts, as needs_sign_in', async () => {
    const first = await open();
    const alice = await signIn(first);
    await first.service.close();
    await writeFile(join(dir, 'vault.json'), '{ not json');

    const h = await open();
    expect(h.service.notices.map((n) => n.code)).toEqual(['file_corrupt', 'accounts_need_sign_in']);
    expect(h.service.notices[1]?.params?.reason).toBe('missing');
    expect(await h.call['accounts.list'](undefined)).toEqual([{ ...alice, status: 'needs_sign_in' }]);
    expect((await readdir(dir)).some((name) => name.startsWith('vault.json.corrupt-'))).toBe(true);
    // Signing in again works: the app is registered anew since its secret went with the vault.
    expect((await signIn(h, 'alice', { accountId: alice.id })).status).toBe('active');
  });
});
