import type { AppInfo } from '../ipc/types/app';
import type { Logger } from './log';

/** Encrypts secrets at rest. In the app: Electron safeStorage; in tests: an AES key held in memory. */
export interface Cipher {
  /** False when the OS offers no real protection (Linux `basic_text`): the user must be told. */
  isProtected(): Promise<boolean>;
  encrypt(plain: string): Promise<Uint8Array>;
  decrypt(sealed: Uint8Array): Promise<string>;
}

export interface DesktopNotification {
  title: string;
  body: string;
  /** Opaque tag handed back when the user clicks the notification. */
  tag?: string;
}

/** The platform pieces the shell injects into host services. Nothing here imports `electron`. */
export interface HostPorts {
  dataDir: string;
  cipher: Cipher;
  /** Opens an already-vetted http(s) URL in the system browser. */
  openExternal(url: string): Promise<void>;
  notify(notification: DesktopNotification): void;
  /**
   * The unread count on the app icon: the dock (macOS), the launcher (Linux, Unity API), an overlay on the
   * taskbar button (Windows). 0 clears it. Absent where there is no icon to badge.
   */
  setBadge?(count: number): void;
  app: Omit<AppInfo, 'notices'>;
  log(scope: string): Logger;
  /**
   * Quits and installs a downloaded update. Only the packaged Electron shell provides it; elsewhere
   * `app.restartToUpdate` answers `not_available`.
   */
  restartToUpdate?(): void;
  /** Restarts into the demo; absent where that is not possible (then `app.exploreDemo` answers not_available). */
  exploreDemo?(): void;
}
