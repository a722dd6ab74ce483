import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { appScheme, buildCsp, mimeTypeOf, resolveAppFile } from './policy';

/**
 * Must run before `ready`: makes `pouet://` behave like https (secure context, fetch, storage). Electron
 * keeps V8's compiled code only for http(s) unless a scheme asks for it: with `codeCache`, later launches
 * reuse it instead of parsing and compiling the renderer's JavaScript again (parsing alone takes 30 ms of
 * a 450 ms startup on the bench machine).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
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
