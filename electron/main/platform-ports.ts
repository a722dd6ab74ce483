import { Notification, app, nativeImage, safeStorage, shell, type BrowserWindow } from 'electron';
import { createLogger } from '../host/log';
import type { Cipher, HostPorts } from '../host/ports';

/** safeStorage's async API (the sync trio is deprecated in Electron 45). @see FACTS.md §3 */
const safeStorageCipher: Cipher = {
  async isProtected() {
    if (!(await safeStorage.isAsyncEncryptionAvailable())) return false;
    return process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
  },
  async encrypt(plain) {
    return new Uint8Array(await safeStorage.encryptStringAsync(plain));
  },
  async decrypt(sealed) {
    const { result } = await safeStorage.decryptStringAsync(Buffer.from(sealed));
    return result;
  },
};

/** A 16 px red dot for the Windows taskbar overlay (raw BGRA pixels; no image file to ship). */
function badgeDot(): Electron.NativeImage {
  const size = 16;
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const distance = Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2);
      const alpha = Math.max(0, Math.min(1, size / 2 - distance));
      pixels.set([0x4b, 0x2f, 0xc6, Math.round(alpha * 255)], (y * size + x) * 4);
    }
  }
  return nativeImage.createFromBitmap(pixels, { width: size, height: size });
}

/** Alerts are kept referenced until closed, or Electron may collect them and lose the click. */
const liveAlerts = new Set<Notification>();

export function electronPorts(
  onNotificationClick: (tag: string | undefined) => void,
  restartToUpdate: () => void,
  mainWindow: () => BrowserWindow | undefined = () => undefined,
): HostPorts {
  return {
    dataDir: app.getPath('userData'),
    cipher: safeStorageCipher,
    openExternal: (url) => shell.openExternal(url),
    notify({ title, body, tag }) {
      if (!Notification.isSupported()) return;
      const notification = new Notification({ title, body, silent: false });
      liveAlerts.add(notification);
      notification.on('click', () => {
        liveAlerts.delete(notification);
        onNotificationClick(tag);
      });
      notification.on('close', () => liveAlerts.delete(notification));
      notification.show();
    },
    /**
     * `app.setBadgeCount` covers the macOS dock and Linux launchers that speak the Unity API (it answers
     * false elsewhere); Windows shows an overlay on the taskbar button instead.
     * @see https://www.electronjs.org/docs/latest/api/app#appsetbadgecountcount-linux-macos
     * @see https://www.electronjs.org/docs/latest/api/browser-window#winsetoverlayiconoverlay-description-windows
     */
    setBadge(count) {
      if (process.platform === 'win32') {
        mainWindow()?.setOverlayIcon(count > 0 ? badgeDot() : null, count > 0 ? `${count} unread` : '');
        return;
      }
      app.setBadgeCount(count);
    },
    app: {
      name: app.getName(),
      version: app.getVersion(),
      shell: 'electron',
      platform: process.platform,
      demo: 'off',
    },
    log: (scope) => createLogger(scope),
    restartToUpdate,
  };
}
