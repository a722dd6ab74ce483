/**
 * Auto-update glue: electron-updater reading the project's GitHub releases (the `publish` entry of
 * electron-builder.yml, which writes `app-update.yml` into packaged builds). The rules — packaged builds only,
 * the user's opt-out, a quiet check at start and daily — live in electron/host/updates.
 * @see https://www.electron.build/auto-update
 */
import { app } from 'electron';
import type { Logger } from '../host/log';
import {
  createUpdateController,
  type UpdateController,
  type UpdateFeed,
  type UpdateFeedEvents,
} from '../host/updates/update-controller';

/** electron-updater as an {@link UpdateFeed}. Imported lazily: development never loads it. */
export async function loadElectronUpdaterFeed(events: UpdateFeedEvents, log: Logger): Promise<UpdateFeed> {
  // CommonJS module whose `autoUpdater` is a getter, so only the default export carries it.
  const { autoUpdater } = (await import('electron-updater')).default;
  autoUpdater.logger = log;
  autoUpdater.autoDownload = true;
  autoUpdater.on('update-downloaded', (info) => events.downloaded(info.version));
  return {
    async check() {
      const result = await autoUpdater.checkForUpdates();
      // Waiting for the download makes a failed one count as a failed check, retried within the hour.
      await result?.downloadPromise;
    },
    // Silent install (the user already chose to restart), then start the new version.
    quitAndInstall: () => autoUpdater.quitAndInstall(true, true),
    setInstallOnQuit(enabled) {
      autoUpdater.autoInstallOnAppQuit = enabled;
    },
  };
}

export function createUpdater(options: { onReady(version: string): void; log: Logger }): UpdateController {
  return createUpdateController({
    environment: { isPackaged: app.isPackaged, env: process.env },
    loadFeed: (events) => loadElectronUpdaterFeed(events, options.log),
    onReady: options.onReady,
    log: options.log,
  });
}
