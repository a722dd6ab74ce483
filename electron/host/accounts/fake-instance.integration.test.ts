import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeInstance, type FakeInstance } from '../../../e2e/fake-instance/index';
import { createTestCipher, createTestPorts, PlatformRecorder } from '../../../e2e/harness/test-ports';
import { HostError } from '../../ipc/result';
import { openAccountsService, type AccountsService } from './accounts.service';

/**
 * The whole sign-in against the shared fake Mastodon (e2e/fake-instance): its real authorize form is filled in
 * the way a browser would (GET the page, POST the form), then Pouet's loopback listener receives the redirect.
 */

let dir: string;
let fake: FakeInstance | undefined;
let service: AccountsService | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pouet-fake-'));
});
afterEach(async () => {
  await service?.close();
  await fake?.close();
  service = undefined;
  fake = undefined;
  await rm(dir, { recursive: true, force: true });
});

async function open(options: { legacy?: boolean } = {}) {
  fake = await startFakeInstance({ port: 0, empty: true, streaming: false, ...options });
  const recorder = new PlatformRecorder();
  const ports = createTestPorts({ dataDir: dir, cipher: createTestCipher(randomBytes(32)), recorder });
  service = await openAccountsService(ports, () => undefined);
  return { call: service.handlers, recorder, fake };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
const unescape = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name]!);

/** Plays the user in the browser: opens the authorize page, fills in the form, returns where it redirects. */
async function authorizeInBrowser(authorizeUrl: string, decision: 'authorize' | 'deny', username = 'alice') {
  const page = await fetch(authorizeUrl);
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toMatch(/<label[^>]*for="username"/i);
  const action = /<form[^>]*action="([^"]+)"/i.exec(html)?.[1];
  const form = new URLSearchParams();
  for (const match of html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)) {
    form.set(unescape(match[1]!), unescape(match[2]!));
  }
  form.set('username', username);
  form.set('password', 'password');
  form.set('decision', decision);
  const posted = await fetch(new URL(unescape(action!), authorizeUrl), {
    method: 'POST',
    body: form,
    redirect: 'manual',
  });
  expect(posted.status).toBe(302);
  return new URL(posted.headers.get('location')!, authorizeUrl);
}

describe('sign-in against the fake instance', () => {
  it('signs in over loopback with PKCE, hands out a token the server accepts, and revokes it on sign-out', async () => {
    const { call, recorder } = await open();
    const preview = await call['instances.preview']({ instance: fake!.url });
    expect(preview.supportsPkce).toBe(true);

    const started = await call['signIn.start']({ instance: fake!.url });
    expect(recorder.openedUrls).toEqual([started.authorizeUrl]);
    expect(new URL(started.authorizeUrl).searchParams.get('code_challenge_method')).toBe('S256');
    const finished = Promise.resolve(call['signIn.finish']({ flowId: started.flowId }));
    finished.catch(() => undefined);

    const back = await authorizeInBrowser(started.authorizeUrl, 'authorize');
    expect(back.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await (await fetch(back)).text()).toContain('You’re signed in');
    const account = await finished;
    expect(account).toMatchObject({
      username: 'alice',
      status: 'active',
      isDefault: true,
      storage: 'protected',
    });
    expect(account.id).toBe(`${account.remoteId}@${new URL(fake!.url).host}`);

    const { accessToken } = await call['accounts.token']({ accountId: account.id });
    const me = await fetch(`${fake!.url}/api/v1/accounts/verify_credentials`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(me.status).toBe(200);

    expect(await call['accounts.signOut']({ accountId: account.id })).toEqual([]);
    expect((await fake!.admin.revokedTokens()).map((t) => t.token)).toContain(accessToken);
  });

  it('signs in to an older server (no PKCE) over loopback', async () => {
    const { call } = await open({ legacy: true });
    expect((await call['instances.preview']({ instance: fake!.url })).supportsPkce).toBe(false);
    const started = await call['signIn.start']({ instance: fake!.url });
    expect(new URL(started.authorizeUrl).searchParams.has('code_challenge')).toBe(false);
    const finished = Promise.resolve(call['signIn.finish']({ flowId: started.flowId }));
    finished.catch(() => undefined);
    await fetch(await authorizeInBrowser(started.authorizeUrl, 'authorize', 'bob'));
    expect((await finished).username).toBe('bob');
  });

  it('signs in with a pasted code (oob)', async () => {
    const { call } = await open();
    const started = await call['signIn.start']({ instance: fake!.url, preferOob: true });
    expect(started.redirect).toBe('oob');
    const back = await authorizeInBrowser(started.authorizeUrl, 'authorize');
    const code = back.searchParams.get('code')!;
    expect(code).toBeTruthy();
    expect((await call['signIn.submitCode']({ flowId: started.flowId, code })).username).toBe('alice');
  });

  it('reports access_denied when the user denies', async () => {
    const { call } = await open();
    const started = await call['signIn.start']({ instance: fake!.url });
    const finished = Promise.resolve(call['signIn.finish']({ flowId: started.flowId })).then(
      () => undefined,
      (e: unknown) => e,
    );
    await fetch(await authorizeInBrowser(started.authorizeUrl, 'deny'));
    const error = await finished;
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe('access_denied');
    expect(await call['accounts.list'](undefined)).toEqual([]);
  });
});
