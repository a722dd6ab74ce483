import { Notification, app, safeStorage, shell } from 'electron';
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

export function electronPorts(
  onNotificationClick: (tag: string | undefined) => void,
  restartToUpdate: () => void,
): HostPorts {
  return {
    dataDir: app.getPath('userData'),
    cipher: safeStorageCipher,
    openExternal: (url) => shell.openExternal(url),
    notify({ title, body, tag }) {
      if (!Notification.isSupported()) return;
      const notification = new Notification({ title, body, silent: false });
      notification.on('click', () => onNotificationClick(tag));
      notification.show();
    },
    app: { name: app.getName(), version: app.getVersion(), shell: 'electron', platform: process.platform },
    log: (scope) => createLogger(scope),
    restartToUpdate,
  };
}
