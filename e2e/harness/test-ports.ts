import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { createLogger, silentLogger } from '../../electron/host/log';
import type { Cipher, DesktopNotification, HostPorts } from '../../electron/host/ports';

/**
 * AES-256-GCM with a key held by the test, standing in for the OS keychain behind safeStorage. The key
 * outlives "app restarts" within a test, as the keychain does.
 */
export function createTestCipher(key: Buffer = randomBytes(32), isProtected = true): Cipher {
  return {
    isProtected: async () => isProtected,
    async encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return new Uint8Array(Buffer.concat([iv, cipher.getAuthTag(), body]));
    },
    async decrypt(sealed) {
      const data = Buffer.from(sealed);
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
      decipher.setAuthTag(data.subarray(12, 28));
      return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

/** What the "system browser" and the OS notifier were asked to do, for tests to assert on. */
export class PlatformRecorder {
  readonly openedUrls: string[] = [];
  readonly notifications: DesktopNotification[] = [];
  /** How many times the app asked the shell to restart into the demo. */
  demoRequests = 0;
  /** Every count the app put on its icon badge, in order (the last one is what the dock shows). */
  readonly badges: number[] = [];
  private waiters: ((url: string) => void)[] = [];

  opened(url: string): void {
    this.openedUrls.push(url);
    for (const waiter of this.waiters.splice(0)) waiter(url);
  }

  /** Resolves with the next URL handed to the system browser (or one already handed over after `since`). */
  nextOpenedUrl(since = this.openedUrls.length): Promise<string> {
    const already = this.openedUrls[since];
    if (already) return Promise.resolve(already);
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}

export function createTestPorts(options: {
  dataDir: string;
  cipher: Cipher;
  recorder: PlatformRecorder;
  verbose?: boolean;
  demo?: 'off' | 'available' | 'active';
}): HostPorts {
  const { recorder } = options;
  return {
    dataDir: options.dataDir,
    cipher: options.cipher,
    openExternal: async (url) => recorder.opened(url),
    notify: (notification) => void recorder.notifications.push(notification),
    setBadge: (count) => void recorder.badges.push(count),
    app: {
      name: 'Pouet',
      version: '0.0.0-test',
      shell: 'browser',
      platform: process.platform,
      demo: options.demo ?? 'off',
    },
    log: (scope) => (options.verbose ? createLogger(scope) : silentLogger),
    ...(options.demo === 'available' ? { exploreDemo: () => void (recorder.demoRequests += 1) } : {}),
  };
}
