import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../host/log';

/** electron-updater's `autoUpdater`, reduced to what the glue touches. */
const fake = vi.hoisted(() => {
  const state = { isPackaged: true, imported: 0 };
  return { state };
});

class FakeAutoUpdater extends EventEmitter {
  logger: unknown;
  autoDownload = false;
  autoInstallOnAppQuit = true;
  checkForUpdates = vi.fn<() => Promise<{ downloadPromise?: Promise<unknown> } | null>>(async () => null);
  quitAndInstall = vi.fn<(isSilent?: boolean, isForceRunAfter?: boolean) => void>();
}
const autoUpdater = new FakeAutoUpdater();

vi.mock('electron', () => ({
  app: {
    get isPackaged() {
      return fake.state.isPackaged;
    },
  },
}));
vi.mock('electron-updater', () => {
  fake.state.imported += 1;
  return { default: { autoUpdater } };
});

const { createUpdater, loadElectronUpdaterFeed } = await import('./updater');

beforeEach(() => {
  autoUpdater.removeAllListeners();
  autoUpdater.checkForUpdates.mockReset();
  autoUpdater.quitAndInstall.mockReset();
});
afterEach(() => vi.useRealTimers());

describe('electron-updater glue', () => {
  // First on purpose: nothing in this file has imported electron-updater yet.
  it('never loads electron-updater in development', async () => {
    vi.useFakeTimers();
    fake.state.isPackaged = false;
    const updater = createUpdater({ onReady: vi.fn(), log: silentLogger });
    updater.setEnabled(true);
    await vi.advanceTimersByTimeAsync(48 * 3_600_000);
    expect(fake.state.imported).toBe(0);
    expect(autoUpdater.checkForUpdates).not.toHaveBeenCalled();
  });

  it('downloads in the background and reports the downloaded version', async () => {
    const downloaded = vi.fn();
    const feed = await loadElectronUpdaterFeed({ downloaded }, silentLogger);
    expect(autoUpdater.autoDownload).toBe(true);
    expect(autoUpdater.logger).toBe(silentLogger);
    autoUpdater.emit('update-downloaded', { version: '0.2.0', downloadedFile: '/tmp/x' });
    expect(downloaded).toHaveBeenCalledExactlyOnceWith('0.2.0');
    feed.setInstallOnQuit(false);
    expect(autoUpdater.autoInstallOnAppQuit).toBe(false);
  });

  it('counts a failed download as a failed check, so it is retried soon', async () => {
    const feed = await loadElectronUpdaterFeed({ downloaded: vi.fn() }, silentLogger);
    autoUpdater.checkForUpdates.mockResolvedValueOnce({
      downloadPromise: Promise.reject(new Error('sha512 mismatch')),
    });
    await expect(feed.check()).rejects.toThrow('sha512 mismatch');
    autoUpdater.checkForUpdates.mockResolvedValueOnce(null);
    await expect(feed.check()).resolves.toBeUndefined();
  });

  it('installs silently and starts the new version', async () => {
    const feed = await loadElectronUpdaterFeed({ downloaded: vi.fn() }, silentLogger);
    feed.quitAndInstall();
    expect(autoUpdater.quitAndInstall).toHaveBeenCalledExactlyOnceWith(true, true);
  });

  it('in a packaged build, checks shortly after start', async () => {
    vi.useFakeTimers();
    fake.state.isPackaged = true;
    const updater = createUpdater({ onReady: vi.fn(), log: silentLogger });
    updater.setEnabled(true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(autoUpdater.checkForUpdates).toHaveBeenCalledOnce();
    updater.stop();
  });
});
