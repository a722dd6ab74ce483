import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SettingsStore } from '../host/settings.store';
import type { WindowState } from '../ipc/types/settings';

/** A BrowserWindow stand-in that records its options and the handlers the shell installs. */
const electron = vi.hoisted(() => {
  type Handler = (...args: never[]) => unknown;
  class FakeWebContents {
    handlers = new Map<string, Handler>();
    openHandler: ((details: { url: string }) => { action: string }) | undefined;
    on(event: string, handler: Handler) {
      this.handlers.set(event, handler);
      return this;
    }
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.openHandler = handler;
    }
  }
  class FakeBrowserWindow {
    static created: FakeBrowserWindow[] = [];
    webContents = new FakeWebContents();
    loadedUrl: string | undefined;
    maximized = false;
    constructor(readonly options: Record<string, unknown>) {
      FakeBrowserWindow.created.push(this);
    }
    on() {
      return this;
    }
    once() {
      return this;
    }
    maximize() {
      this.maximized = true;
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
  }
  return {
    FakeBrowserWindow,
    openExternal: vi.fn(async (_url: string) => undefined),
    displays: [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
  };
});

vi.mock('electron', () => ({
  BrowserWindow: electron.FakeBrowserWindow,
  shell: { openExternal: electron.openExternal },
  screen: { getAllDisplays: () => electron.displays },
}));

const { createMainWindow } = await import('./main-window');

function settingsWith(window?: WindowState): SettingsStore {
  const settings = {
    theme: 'system',
    language: 'system',
    reduceMotion: false,
    autoUpdate: true,
    window,
  } as const;
  return {
    get: () => settings,
    update: async () => settings,
    saveWindowState: async () => undefined,
    notice: undefined,
  };
}

function open(saved?: WindowState) {
  createMainWindow(settingsWith(saved), 'pouet://app/index.html', ['pouet://app']);
  const window = electron.FakeBrowserWindow.created.at(-1)!;
  const navigate = (url: string) => {
    const event = { preventDefault: vi.fn() };
    (window.webContents.handlers.get('will-navigate') as (e: typeof event, url: string) => void)(event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { window, navigate };
}

beforeEach(() => {
  electron.FakeBrowserWindow.created.length = 0;
  electron.openExternal.mockClear();
});

describe('main window', () => {
  it('isolates and sandboxes the renderer, with the CommonJS preload and no Node', () => {
    const { window } = open();
    const prefs = window.options['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(prefs['preload']).toMatch(/preload[/\\]index\.cjs$/);
    expect(prefs).not.toHaveProperty('nodeIntegrationInSubFrames', true);
    expect(window.loadedUrl).toBe('pouet://app/index.html');
  });

  it('refuses navigation away from the app', () => {
    const { navigate } = open();
    expect(navigate('pouet://app/index.html#/settings')).toBe(false);
    expect(navigate('https://mastodon.social/@evil')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('pouet://other/index.html')).toBe(true);
    expect(navigate('not a url')).toBe(true);
  });

  it('never opens a new window, and hands only http(s) links to the system browser', () => {
    const { window } = open();
    const openWindow = (url: string) => window.webContents.openHandler!({ url });
    expect(openWindow('https://mastodon.social/@pouet')).toEqual({ action: 'deny' });
    expect(electron.openExternal).toHaveBeenCalledExactlyOnceWith('https://mastodon.social/@pouet');
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'pouet://app/index.html',
      'smb://host/share',
    ]) {
      expect(openWindow(url)).toEqual({ action: 'deny' });
    }
    expect(electron.openExternal).toHaveBeenCalledOnce();
  });

  it('refuses to attach webviews', () => {
    const { window } = open();
    const event = { preventDefault: vi.fn() };
    (window.webContents.handlers.get('will-attach-webview') as (e: typeof event) => void)(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('comes back where it was, or at its saved size when that place is off every screen', () => {
    const onScreen = open({ x: 100, y: 50, width: 1200, height: 800, maximized: true }).window;
    expect(onScreen.options).toMatchObject({ x: 100, y: 50, width: 1200, height: 800 });
    expect(onScreen.maximized).toBe(true);
    const offScreen = open({ x: 5000, y: 50, width: 1200, height: 800, maximized: false }).window;
    expect(offScreen.options).toMatchObject({ width: 1200, height: 800 });
    expect(offScreen.options).not.toHaveProperty('x');
  });
});
