import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Debian's Chromium where installed (these machines), else Playwright's own browser (a normal machine). */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env['POUET_CHROMIUM'];
  if (fromEnv) return fromEnv;
  return systemChromium.find((path) => existsSync(path));
}

/** Flags that keep Chromium quiet on a closed network and usable as root in containers. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(options: { headless?: boolean } = {}): Promise<Browser> {
  const executablePath = chromiumExecutable();
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    headless: options.headless ?? true,
    args: chromiumArgs,
  });
}
