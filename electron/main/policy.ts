/**
 * The shell's security decisions as plain functions, so they are unit-tested without Electron.
 * @see https://www.electronjs.org/docs/latest/tutorial/security
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { originOf } from '../ipc/sender';

export const appScheme = 'pouet';
export const appOrigin = `${appScheme}://app`;
export const appEntryUrl = `${appOrigin}/index.html`;

export interface CspOptions {
  /** Allow http/ws to loopback hosts: development and the demo instance run on 127.0.0.1. */
  allowLoopback: boolean;
}

/** Scripts from the app only; images and media from anywhere on the web; API calls to any instance. */
export function buildCsp({ allowLoopback }: CspOptions): string {
  const loopbackHttp = allowLoopback ? ' http://127.0.0.1:* http://localhost:*' : '';
  const loopbackWs = allowLoopback ? ' ws://127.0.0.1:* ws://localhost:*' : '';
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' https: data: blob:${loopbackHttp}`,
    `media-src 'self' https: data: blob:${loopbackHttp}`,
    "font-src 'self' data:",
    `connect-src 'self' https: wss:${loopbackHttp}${loopbackWs}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self' blob:",
  ].join('; ');
}

/** webPreferences that must never be weakened. */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: true,
  } as const;
}

/** Origins whose frames may use the bridge: the packaged app, plus the dev server in development. */
export function trustedOrigins(devServerUrl: string | undefined): string[] {
  const dev = devServerUrl ? originOf(devServerUrl) : undefined;
  return dev ? [appOrigin, dev] : [appOrigin];
}

/** In-window navigation stays inside the app; anything else is refused. */
export function isInAppNavigation(url: string, origins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== undefined && origins.includes(origin);
}

export type WindowOpenDecision = { action: 'deny'; openExternally: string | undefined };

/** New windows are never created; web links go to the system browser instead. */
export function decideWindowOpen(url: string): WindowOpenDecision {
  try {
    const { protocol } = new URL(url);
    return {
      action: 'deny',
      openExternally: protocol === 'https:' || protocol === 'http:' ? url : undefined,
    };
  } catch {
    return { action: 'deny', openExternally: undefined };
  }
}

const grantedPermissions = new Set(['notifications', 'clipboard-sanitized-write']);

/** Electron grants every permission unless told otherwise; we grant notifications (and plain copy) only. */
export function isPermissionGranted(
  permission: string,
  requestingUrl: string,
  origins: readonly string[],
): boolean {
  return grantedPermissions.has(permission) && isInAppNavigation(requestingUrl, origins);
}

/**
 * Maps `pouet://app/<path>` to a file under the renderer folder, refusing anything that escapes it.
 * Unknown paths fall back to index.html so client-side routes survive a reload.
 */
export function resolveAppFile(rendererDir: string, requestUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== `${appScheme}:` || url.host !== 'app') return undefined;
  const pathname = decodeURIComponent(url.pathname);
  const wanted = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const file = resolve(rendererDir, wanted);
  const rel = relative(rendererDir, file);
  if (rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return undefined;
  return file;
}

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webp': 'image/webp',
};

export function mimeTypeOf(file: string): string {
  const dot = file.lastIndexOf('.');
  return (dot >= 0 && mimeTypes[file.slice(dot).toLowerCase()]) || 'application/octet-stream';
}
