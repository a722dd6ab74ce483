import { afterEach, describe, expect, it } from 'vitest';
import { HostError } from '../../ipc/result';
import { networkError } from './instance-http';
import { parseInstanceInput } from './instance-input';
import { probeInstance } from './instance-probe';
import { closedPort, json, startRouteServer, type RouteServer } from './route-server.fixture';

const v2 = {
  domain: 'social.example',
  title: 'Example Social',
  version: '4.4.1',
  description: 'A friendly place.',
  thumbnail: { url: 'https://files.example/thumb.png' },
  icon: [
    { src: 'https://files.example/icon-36.png', size: '36x36' },
    { src: 'https://files.example/icon-192.png', size: '192x192' },
    { src: 'https://files.example/icon-72.png', size: '72x72' },
  ],
};
const metadata = {
  code_challenge_methods_supported: ['S256'],
  scopes_supported: ['read', 'write', 'push', 'profile'],
};

let server: RouteServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function caught(promise: Promise<unknown>): Promise<HostError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HostError);
  return error as HostError;
}

describe('probeInstance', () => {
  it('maps a v2 instance with OAuth metadata to a preview with PKCE', async () => {
    server = await startRouteServer({
      'GET /api/v2/instance': json(v2),
      'GET /.well-known/oauth-authorization-server': json(metadata),
    });
    const info = await probeInstance(parseInstanceInput(`@alice@${server.host}`));
    expect(info.preview).toEqual({
      url: server.url,
      domain: 'social.example',
      title: 'Example Social',
      description: 'A friendly place.',
      iconUrl: 'https://files.example/icon-72.png',
      thumbnailUrl: 'https://files.example/thumb.png',
      version: '4.4.1',
      supportsPkce: true,
      username: 'alice',
    });
    expect(info.scopesSupported).toEqual(metadata.scopes_supported);
  });

  it('falls back to /api/v1/instance and reports no PKCE when the metadata is a 404 (before 4.3)', async () => {
    server = await startRouteServer({
      'GET /api/v1/instance': json({
        uri: 'old.example',
        title: 'Old Town',
        version: '3.5.3',
        short_description: '<p>Old &amp; <b>proud</b></p>',
        thumbnail: 'https://files.example/old.png',
      }),
    });
    const info = await probeInstance(parseInstanceInput(server.url));
    expect(info.preview).toMatchObject({
      domain: 'old.example',
      title: 'Old Town',
      description: 'Old & proud',
      thumbnailUrl: 'https://files.example/old.png',
      iconUrl: undefined,
      version: '3.5.3',
      supportsPkce: false,
    });
    expect(info.scopesSupported).toBeUndefined();
    expect(server.requests).toContain('GET /api/v2/instance');
  });

  it('refuses metadata that does not offer S256', async () => {
    server = await startRouteServer({
      'GET /api/v2/instance': json(v2),
      'GET /.well-known/oauth-authorization-server': json({ code_challenge_methods_supported: ['plain'] }),
    });
    expect((await probeInstance(parseInstanceInput(server.url))).preview.supportsPkce).toBe(false);
  });

  it('says not_mastodon for a web server that answers HTML', async () => {
    server = await startRouteServer({
      'GET /api/v2/instance': (_q, r) => void r.writeHead(200, { 'content-type': 'text/html' }).end('<html>'),
    });
    const error = await caught(probeInstance(parseInstanceInput(server.url)));
    expect(error.code).toBe('not_mastodon');
    expect(error.params).toMatchObject({ host: server.host });
  });

  it('says not_mastodon for JSON that is not an instance', async () => {
    server = await startRouteServer({ 'GET /api/v2/instance': json({ hello: 'world' }) });
    expect((await caught(probeInstance(parseInstanceInput(server.url)))).code).toBe('not_mastodon');
  });

  it('says no_answer for a server error', async () => {
    server = await startRouteServer({
      'GET /api/v2/instance': json({ error: 'down' }, 503),
      'GET /api/v1/instance': json({ error: 'down' }, 503),
    });
    const error = await caught(probeInstance(parseInstanceInput(server.url)));
    expect(error.code).toBe('no_answer');
    expect(error.params?.detail).toBe('http_503');
  });

  it('says no_answer when nothing listens on the port', async () => {
    const port = await closedPort();
    const error = await caught(probeInstance(parseInstanceInput(`127.0.0.1:${port}`)));
    expect(error.code).toBe('no_answer');
    expect(error.params).toEqual({ host: `127.0.0.1:${port}`, detail: 'ECONNREFUSED' });
  });

  it('says no_answer when the server never answers within the (injected) deadline', async () => {
    server = await startRouteServer({ 'GET /api/v2/instance': () => undefined });
    const error = await caught(probeInstance(parseInstanceInput(server.url), { timeoutMs: 50 }));
    expect(error.code).toBe('no_answer');
    expect(error.params?.detail).toBe('timeout');
  });

  it('says tls_error when https is spoken to a plain-http port', async () => {
    server = await startRouteServer({});
    const error = await caught(probeInstance(parseInstanceInput(`https://${server.host}`)));
    expect(error.code).toBe('tls_error');
  });
});

describe('networkError', () => {
  const fetchFailed = (cause: object) => Object.assign(new TypeError('fetch failed'), { cause });
  it.each([
    [{ code: 'ENOTFOUND' }, 'host_not_found'],
    [{ code: 'EAI_AGAIN' }, 'host_not_found'],
    [{ code: 'ECONNREFUSED' }, 'no_answer'],
    [{ code: 'ECONNRESET' }, 'no_answer'],
    [{ code: 'UND_ERR_CONNECT_TIMEOUT' }, 'no_answer'],
    [{ code: 'CERT_HAS_EXPIRED' }, 'tls_error'],
    [{ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }, 'tls_error'],
    [{ code: 'SELF_SIGNED_CERT_IN_CHAIN' }, 'tls_error'],
    [{ code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' }, 'tls_error'],
    [{ code: 'ERR_TLS_CERT_ALTNAME_INVALID' }, 'tls_error'],
    [{ errors: [{ code: 'ECONNREFUSED' }, { code: 'ECONNREFUSED' }] }, 'no_answer'],
  ])('maps a fetch failure caused by %j to %s', (cause, code) => {
    const error = networkError(fetchFailed(cause), 'social.example');
    expect(error.code).toBe(code);
    expect(error.params?.host).toBe('social.example');
  });

  it('maps an AbortSignal timeout to no_answer', () => {
    const timeout = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    expect(networkError(timeout, 'x.example').params).toEqual({ host: 'x.example', detail: 'timeout' });
  });
});
