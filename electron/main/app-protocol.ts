import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { appScheme, buildCsp, mimeTypeOf, resolveAppFile } from './policy';

/** Must run before `ready`: makes `pouet://` behave like https (secure context, fetch, storage). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the renderer build from `pouet://app/`, with the CSP on every response. */
export function serveRenderer(rendererDir: string, allowLoopback: boolean): void {
  const csp = buildCsp({ allowLoopback });
  protocol.handle(appScheme, async (request) => {
    const file = resolveAppFile(rendererDir, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: { 'content-type': mimeTypeOf(file), 'content-security-policy': csp },
      });
    } catch {
      const index = await readFile(resolveAppFile(rendererDir, `${appScheme}://app/index.html`) ?? '');
      return new Response(index, {
        headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp },
      });
    }
  });
}
