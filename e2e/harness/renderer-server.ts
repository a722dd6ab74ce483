import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { buildCsp, mimeTypeOf } from '../../electron/main/policy';

export const rendererDir = resolve(import.meta.dirname, '../../out/renderer');

export interface RendererServer {
  url: string;
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves the production renderer build on 127.0.0.1 with the app's own CSP (loopback allowed, since the
 * fake instances live there), the way the shell's `pouet://` protocol serves it.
 */
export async function serveRenderer(dir = rendererDir): Promise<RendererServer> {
  const csp = buildCsp({ allowLoopback: true });
  const server: Server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      let file = resolve(dir, `.${pathname}`);
      if (!file.startsWith(dir) || !(await isFile(file))) file = resolve(dir, 'index.html');
      response.writeHead(200, {
        'content-type': mimeTypeOf(file),
        'content-security-policy': csp,
        'cache-control': 'no-store',
      });
      createReadStream(file).pipe(response);
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/index.html`,
    origin,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
