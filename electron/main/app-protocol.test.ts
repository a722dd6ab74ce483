import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const protocol = vi.hoisted(() => ({
  schemes: [] as unknown[],
  handlers: new Map<string, (request: Request) => Promise<Response>>(),
}));

vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => protocol.schemes.push(...schemes),
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
      protocol.handlers.set(scheme, handler),
  },
}));

const { registerAppScheme, serveRenderer } = await import('./app-protocol');

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'pouet-protocol-'));
  await mkdir(join(root, 'renderer/assets'), { recursive: true });
  await writeFile(join(root, 'renderer/index.html'), '<!doctype html><title>Pouet</title>');
  await writeFile(join(root, 'renderer/assets/index.js'), 'console.log(1)');
  await writeFile(join(root, 'secret.txt'), 'outside the renderer folder');
});
afterAll(() => rm(root, { recursive: true, force: true }));

const get = (url: string) => protocol.handlers.get('pouet')!(new Request(url));

describe('pouet:// protocol', () => {
  it('is a standard, secure scheme with fetch and a code cache, and no CSP bypass', () => {
    registerAppScheme();
    expect(protocol.schemes).toEqual([
      {
        scheme: 'pouet',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ]);
  });

  it('serves renderer files with their type and the strict CSP', async () => {
    serveRenderer(join(root, 'renderer'), false);
    const response = await get('pouet://app/assets/index.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('127.0.0.1');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('allows loopback connections in the CSP only when asked (development, demo)', async () => {
    serveRenderer(join(root, 'renderer'), true);
    const response = await get('pouet://app/index.html');
    expect(response.headers.get('content-security-policy')).toContain('ws://127.0.0.1:*');
  });

  it('answers unknown paths with index.html (client routes) and never leaves the folder', async () => {
    serveRenderer(join(root, 'renderer'), false);
    expect(await (await get('pouet://app/some/route')).text()).toContain('<title>Pouet</title>');
    const escaped = await get('pouet://app/..%2fsecret.txt');
    expect(escaped.status).toBe(404);
    expect(await (await get('pouet://app/%2e%2e/secret.txt')).text()).not.toContain('outside');
    expect((await get('pouet://elsewhere/index.html')).status).toBe(404);
  });
});
