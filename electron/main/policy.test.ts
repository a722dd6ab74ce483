import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildCsp,
  decideWindowOpen,
  isInAppNavigation,
  isPermissionGranted,
  resolveAppFile,
  secureWebPreferences,
  trustedOrigins,
} from './policy';

const origins = trustedOrigins(undefined);

describe('shell policy', () => {
  it('keeps the renderer isolated and sandboxed', () => {
    expect(secureWebPreferences('/p.cjs')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it('allows scripts from the app only and media from the web', () => {
    const csp = buildCsp({ allowLoopback: false });
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*(unsafe-eval|unsafe-inline|https:)/);
    expect(csp).toMatch(/img-src 'self' https: data: blob:/);
    expect(csp).toMatch(/connect-src 'self' https: wss:/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('127.0.0.1');
    expect(buildCsp({ allowLoopback: true })).toContain('ws://127.0.0.1:*');
  });

  it('trusts the dev server only when one is given', () => {
    expect(origins).toEqual(['pouet://app']);
    expect(trustedOrigins('http://localhost:5173/')).toEqual(['pouet://app', 'http://localhost:5173']);
  });

  it('keeps navigation inside the app', () => {
    expect(isInAppNavigation('pouet://app/index.html', origins)).toBe(true);
    expect(isInAppNavigation('https://mastodon.social/', origins)).toBe(false);
    expect(isInAppNavigation('file:///etc/passwd', origins)).toBe(false);
  });

  it('denies new windows and sends only web links to the browser', () => {
    expect(decideWindowOpen('https://example.org/')).toEqual({
      action: 'deny',
      openExternally: 'https://example.org/',
    });
    expect(decideWindowOpen('javascript:alert(1)')).toEqual({ action: 'deny', openExternally: undefined });
    expect(decideWindowOpen('file:///etc/passwd')).toEqual({ action: 'deny', openExternally: undefined });
  });

  it('grants notifications to the app and nothing else', () => {
    expect(isPermissionGranted('notifications', 'pouet://app/index.html', origins)).toBe(true);
    expect(isPermissionGranted('media', 'pouet://app/index.html', origins)).toBe(false);
    expect(isPermissionGranted('geolocation', 'pouet://app/index.html', origins)).toBe(false);
    expect(isPermissionGranted('notifications', 'https://evil.example/', origins)).toBe(false);
  });

  it('serves files from the renderer folder only', () => {
    const root = resolve('/srv/renderer');
    expect(resolveAppFile(root, 'pouet://app/')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'pouet://app/assets/index.js')).toBe(join(root, 'assets/index.js'));
    expect(resolveAppFile(root, 'pouet://app/../../etc/passwd')).toBe(join(root, 'etc/passwd'));
    expect(resolveAppFile(root, 'pouet://app/%2e%2e/%2e%2e/etc/passwd')).toBe(join(root, 'etc/passwd'));
    expect(resolveAppFile(root, 'pouet://app/..%2f..%2fetc/passwd')).toBeUndefined();
    expect(resolveAppFile(root, 'pouet://other/index.html')).toBeUndefined();
  });
});
