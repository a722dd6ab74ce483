import { join } from 'node:path';
import { BrowserWindow, screen, shell } from 'electron';
import type { SettingsStore } from '../host/settings.store';
import type { WindowState } from '../ipc/types/settings';
import { decideWindowOpen, isInAppNavigation, secureWebPreferences } from './policy';

const defaultSize = { width: 1440, height: 900 };

/** The window is put back where it was, unless that place is no longer on any screen. */
function restoredBounds(saved: WindowState | undefined) {
  if (!saved) return defaultSize;
  const visible =
    saved.x !== undefined &&
    saved.y !== undefined &&
    screen
      .getAllDisplays()
      .some(
        ({ workArea: a }) =>
          saved.x! < a.x + a.width &&
          saved.y! < a.y + a.height &&
          saved.x! + saved.width > a.x &&
          saved.y! + saved.height > a.y,
      );
  return visible
    ? { x: saved.x, y: saved.y, width: saved.width, height: saved.height }
    : { width: saved.width, height: saved.height };
}

export function createMainWindow(
  settings: SettingsStore,
  entryUrl: string,
  origins: readonly string[],
): BrowserWindow {
  const saved = settings.get().window;
  const window = new BrowserWindow({
    ...restoredBounds(saved),
    minWidth: 480,
    minHeight: 360,
    show: false,
    title: 'Pouet',
    backgroundColor: '#16161d',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(join(import.meta.dirname, '../preload/index.cjs')),
  });
  if (saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  window.webContents.on('will-navigate', (event, url) => {
    if (!isInAppNavigation(url, origins)) event.preventDefault();
  });
  window.webContents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally) void shell.openExternal(decision.openExternally);
    return { action: decision.action };
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());

  const remember = () => {
    if (window.isDestroyed() || window.isMinimized()) return;
    const bounds = window.getNormalBounds();
    void settings.saveWindowState({ ...bounds, maximized: window.isMaximized() });
  };
  let timer: NodeJS.Timeout | undefined;
  const rememberSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(remember, 500);
  };
  window.on('resize', rememberSoon);
  window.on('move', rememberSoon);
  window.on('close', remember);

  void window.loadURL(entryUrl);
  return window;
}
