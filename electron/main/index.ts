/**
 * Electron entry: lifecycle, the single window, and the adapters that give host services their platform
 * pieces. Everything with logic lives in electron/host and electron/main/policy.ts.
 */
import { join } from 'node:path';
import { app, session, type BrowserWindow } from 'electron';
import { createHost } from '../host/host';
import { createLogger } from '../host/log';
import { bindIpc, sendHostEvent } from './ipc-binding';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { createMainWindow } from './main-window';
import { electronPorts } from './platform-ports';
import { appEntryUrl, isPermissionGranted, trustedOrigins } from './policy';
import { demoRequested, relaunchIntoDemo, startDemoRuntime, useDemoProfile } from './demo-mode';
import { createUpdater } from './updater';

const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const origins = trustedOrigins(devServerUrl);
let mainWindow: BrowserWindow | undefined;
/** Longest a quit waits for the host to finish writing: a hung disk must not keep a windowless process. */
const quitGraceMs = 3_000;

// Tests and the demo run the app on a throwaway profile.
const userDataOverride = process.env['POUET_USER_DATA_DIR'];
if (userDataOverride) app.setPath('userData', userDataOverride);
if (demoRequested) useDemoProfile();

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.whenReady().then(start, (error: unknown) => {
    console.error('[pouet:main] failed to start', error);
    app.exit(1);
  });
}

async function start(): Promise<void> {
  session.defaultSession.setPermissionRequestHandler((contents, permission, callback) =>
    callback(isPermissionGranted(permission, contents.getURL(), origins)),
  );
  session.defaultSession.setPermissionCheckHandler((contents, permission) =>
    isPermissionGranted(permission, contents?.getURL() ?? '', origins),
  );

  const announceUpdate = (version: string) => sendHostEvent(mainWindow, 'update.ready', { version });
  const updater = createUpdater({ onReady: announceUpdate, log: createLogger('updates') });
  // A click on a desktop alert brings the window back, then tells the renderer what to open.
  const alertClicked = (tag: string | undefined) => {
    if (!mainWindow) return open();
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
    sendHostEvent(mainWindow, 'notification.clicked', { tag });
  };
  const basePorts = electronPorts(
    alertClicked,
    () => updater.restartToUpdate(),
    () => mainWindow,
  );
  const demo = demoRequested ? await startDemoRuntime() : undefined;
  const ports = demo
    ? demo.ports(basePorts)
    : { ...basePorts, app: { ...basePorts.app, demo: 'available' as const }, exploreDemo: relaunchIntoDemo };
  const host = await createHost(ports, (event, payload) => {
    sendHostEvent(mainWindow, event, payload);
    if (event === 'settings.changed') updater.setEnabled(host.settings.get().autoUpdate);
  });
  bindIpc(host.dispatcher(origins));
  await demo?.prepare(host);
  updater.setEnabled(host.settings.get().autoUpdate);
  // The demo servers run on 127.0.0.1, so the demo (like development) may talk to loopback.
  serveRenderer(join(import.meta.dirname, '../renderer'), !app.isPackaged || demo !== undefined);

  const open = () => {
    mainWindow = createMainWindow(host.settings, devServerUrl ?? appEntryUrl, origins);
    mainWindow.on('closed', () => (mainWindow = undefined));
    // A window opened after the download (macOS re-open) still hears about it, once the user is back.
    mainWindow.on('focus', () => {
      const version = updater.readyVersion();
      if (version) announceUpdate(version);
    });
  };
  open();
  app.on('activate', () => mainWindow ?? open());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', () => updater.stop());
  // After the windows have closed (their last draft writes are on their way), the host finishes what it
  // is answering before the process ends; quitting is held until then, at most `quitGraceMs`.
  let closing: Promise<void> | undefined;
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    closing ??= Promise.race([
      Promise.allSettled([host.close(), demo?.stop()]),
      new Promise((done) => setTimeout(done, quitGraceMs)),
    ]).then(() => {
      closed = true;
      app.quit();
    });
  });
}
