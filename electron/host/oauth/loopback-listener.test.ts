import { afterEach, describe, expect, it } from 'vitest';
import { HostError } from '../../ipc/result';
import { startLoopbackListener, type LoopbackListener } from './loopback-listener';

const state = 'expected-state-0123456789';
let listener: LoopbackListener | undefined;
afterEach(async () => {
  await listener?.stop();
  listener = undefined;
});

const start = async (timeoutMs = 60_000) => {
  listener = await startLoopbackListener({ state, timeoutMs, instanceHost: 'social.example' });
  return listener;
};

const visit = (l: LoopbackListener, query: string, init?: RequestInit) =>
  fetch(`${l.redirectUri}?${query}`, init);

async function failure(promise: Promise<unknown>): Promise<HostError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HostError);
  return error as HostError;
}

describe('loopback listener', () => {
  it('listens on 127.0.0.1 and an ephemeral port at /callback', async () => {
    const l = await start();
    expect(l.redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d{2,5}\/callback$/);
    expect(l.redirectUri).not.toBe('http://127.0.0.1:0/callback');
  });

  it('hands over the code of a callback with the right state, answers a bilingual page, then closes', async () => {
    const l = await start();
    const response = await visit(l, `code=the-code&state=${state}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).toContain('You’re signed in');
    expect(html).toContain('Vous êtes connecté');
    expect(html).not.toMatch(/<(script|img|link)\b/);
    await expect(l.code).resolves.toBe('the-code');
    // Single use: the port is closed after the first valid callback.
    await expect(visit(l, `code=again&state=${state}`)).rejects.toThrow();
  });

  it('refuses a wrong or missing state with a 400 page and keeps waiting', async () => {
    const l = await start();
    expect((await visit(l, 'code=evil&state=guess')).status).toBe(400);
    expect((await visit(l, 'code=evil')).status).toBe(400);
    const ok = await visit(l, `code=good&state=${state}`);
    expect(ok.status).toBe(200);
    await expect(l.code).resolves.toBe('good');
  });

  it('ignores other paths and methods', async () => {
    const l = await start();
    expect((await fetch(l.redirectUri.replace('/callback', '/favicon.ico'))).status).toBe(404);
    expect((await visit(l, `code=x&state=${state}`, { method: 'POST' })).status).toBe(404);
    expect((await visit(l, `code=good&state=${state}`)).status).toBe(200);
    await expect(l.code).resolves.toBe('good');
  });

  it('fails the flow with access_denied when the user denies', async () => {
    const l = await start();
    const response = await visit(
      l,
      `error=access_denied&error_description=The+resource+owner+denied&state=${state}`,
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Sign-in cancelled');
    const error = await failure(l.code);
    expect(error.code).toBe('access_denied');
    expect(error.params).toEqual({ host: 'social.example' });
  });

  it('fails the flow with authorization_failed for any other OAuth error', async () => {
    const l = await start();
    expect((await visit(l, `error=invalid_scope&error_description=Bad+scope&state=${state}`)).status).toBe(
      400,
    );
    const error = await failure(l.code);
    expect(error.code).toBe('authorization_failed');
    expect(error.params).toMatchObject({ error: 'invalid_scope', description: 'Bad scope' });
  });

  it('does not let a denial with the wrong state end the flow', async () => {
    const l = await start();
    expect((await visit(l, 'error=access_denied&state=nope')).status).toBe(400);
    expect((await visit(l, `code=good&state=${state}`)).status).toBe(200);
    await expect(l.code).resolves.toBe('good');
  });

  it('times out (injected delay) with timed_out and closes', async () => {
    const l = await start(20);
    const error = await failure(l.code);
    expect(error.code).toBe('timed_out');
    await expect(visit(l, `code=late&state=${state}`)).rejects.toThrow();
  });

  it('stops on cancel with cancelled and closes', async () => {
    const l = await start();
    await l.stop();
    expect((await failure(l.code)).code).toBe('cancelled');
    await expect(visit(l, `code=late&state=${state}`)).rejects.toThrow();
  });
});
