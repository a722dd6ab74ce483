import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EmitHostEvent } from '../host/host';
import type { HostPorts } from '../host/ports';

/**
 * The entry module's wiring, with `electron` and the heavy neighbours replaced at the import boundary:
 * permission handlers, single-instance lock, the IPC binding's trusted origins and the updater glue.
 */
const shell = vi.hoisted(() => {
  type Handler = (...args: never[]) => unknown;
  const state = {
    isPackaged: true,
    hasLock: true,
    appHandlers: new Map<string, Handler>(),
    windowHandlers: new Map<string, Handler>(),
    permissionRequest: undefined as
      | ((contents: { getURL(): string }, permission: string, callback: (granted: boolean) => void) => void)
      | undefined,
    permissionCheck: undefined as
      ((contents: { getURL(): string } | null, permission: string) => boolean) | undefined,
    settings: { autoUpdate: true },
    ports: undefined as HostPorts | undefined,
    emit: undefined as EmitHostEvent | undefined,
    onReady: undefined as ((version: string) => void) | undefined,
  };
  const window = {
    on: (event: string, handler: Handler) => state.windowHandlers.set(event, handler),
    focus: vi.fn(),
    restore: vi.fn(),
    isMinimized: () => true,
  };
  const updater = {
    setEnabled: vi.fn<(enabled: boolean) => void>(),
    readyVersion: vi.fn<() => string | undefined>(() => undefined),
    restartToUpdate: vi.fn(),
    stop: vi.fn(),
  };
  const host = {
    settings: { get: () => state.settings },
    dispatcher: vi.fn(() => vi.fn()),
    close: vi.fn(async () => undefined),
  };
  return {
    state,
    window,
    updater,
    host,
    app: {
      get isPackaged() {
        return state.isPackaged;
      },
      setPath: vi.fn(),
      getPath: () => '/tmp/pouet-test-user-data',
      getName: () => 'Pouet',
      getVersion: () => '0.1.0',
      requestSingleInstanceLock: () => state.hasLock,
      quit: vi.fn(),
      exit: vi.fn(),
      on: (event: string, handler: Handler) => state.appHandlers.set(event, handler),
      whenReady: () => Promise.resolve(),
    },
    bindIpc: vi.fn(),
    sendHostEvent: vi.fn(),
    serveRenderer: vi.fn(),
  };
});

vi.mock('electron', () => ({
  app: shell.app,
  session: {
    defaultSession: {
      setPermissionRequestHandler: (handler: typeof shell.state.permissionRequest) =>
        (shell.state.permissionRequest = handler),
      setPermissionCheckHandler: (handler: typeof shell.state.permissionCheck) =>
        (shell.state.permissionCheck = handler),
    },
  },
  safeStorage: {},
  shell: { openExternal: vi.fn() },
  Notification: { isSupported: () => false },
}));
vi.mock('./app-protocol', () => ({ registerAppScheme: vi.fn(), serveRenderer: shell.serveRenderer }));
vi.mock('./ipc-binding', () => ({ bindIpc: shell.bindIpc, sendHostEvent: shell.sendHostEvent }));
vi.mock('./main-window', () => ({ createMainWindow: () => shell.window }));
vi.mock('./updater', () => ({
  createUpdater: (options: { onReady(version: string): void }) => {
    shell.state.onReady = options.onReady;
    return shell.updater;
  },
}));
vi.mock('../host/host', () => ({
  createHost: async (ports: HostPorts, emit: EmitHostEvent) => {
    shell.state.ports = ports;
    shell.state.emit = emit;
    return shell.host;
  },
}));

async function startShell() {
  vi.resetModules();
  await import('./index');
  if (shell.state.hasLock) await vi.waitFor(() => expect(shell.bindIpc).toHaveBeenCalled());
}

beforeEach(() => {
  vi.clearAllMocks();
  shell.state.isPackaged = true;
  shell.state.hasLock = true;
  shell.state.settings = { autoUpdate: true };
  shell.state.appHandlers.clear();
  shell.state.windowHandlers.clear();
  vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
});
afterEach(() => vi.unstubAllEnvs());

describe('Electron entry', () => {
  it('grants notifications to the app window only, for requests and checks alike', async () => {
    await startShell();
    const contents = (url: string) => ({ getURL: () => url });
    const request = (url: string, permission: string) => {
      const callback = vi.fn();
      shell.state.permissionRequest!(contents(url), permission, callback);
      return callback.mock.calls[0]?.[0];
    };
    expect(request('pouet://app/index.html', 'notifications')).toBe(true);
    expect(request('pouet://app/index.html', 'media')).toBe(false);
    expect(request('pouet://app/index.html', 'geolocation')).toBe(false);
    expect(request('https://evil.example/', 'notifications')).toBe(false);
    expect(shell.state.permissionCheck!(contents('pouet://app/index.html'), 'notifications')).toBe(true);
    expect(shell.state.permissionCheck!(contents('pouet://app/index.html'), 'camera')).toBe(false);
    expect(shell.state.permissionCheck!(null, 'notifications')).toBe(false);
  });

  it('in a packaged build, trusts only pouet://app, never a dev server URL from the environment', async () => {
    await startShell();
    expect(shell.host.dispatcher).toHaveBeenCalledWith(['pouet://app']);
    expect(shell.serveRenderer).toHaveBeenCalledWith(expect.any(String), false);
  });

  it('in development, also trusts the dev server and allows loopback in the CSP', async () => {
    shell.state.isPackaged = false;
    await startShell();
    expect(shell.host.dispatcher).toHaveBeenCalledWith(['pouet://app', 'http://localhost:5173']);
    expect(shell.serveRenderer).toHaveBeenCalledWith(expect.any(String), true);
  });

  it('quits when another instance is running, and focuses the window for a second launch', async () => {
    shell.state.hasLock = false;
    await startShell();
    expect(shell.app.quit).toHaveBeenCalled();
    expect(shell.bindIpc).not.toHaveBeenCalled();

    shell.state.hasLock = true;
    await startShell();
    (shell.state.appHandlers.get('second-instance') as () => void)();
    expect(shell.window.restore).toHaveBeenCalled();
    expect(shell.window.focus).toHaveBeenCalled();
  });

  it('applies the autoUpdate setting at start and whenever settings change', async () => {
    shell.state.settings = { autoUpdate: false };
    await startShell();
    expect(shell.updater.setEnabled).toHaveBeenLastCalledWith(false);
    shell.state.settings = { autoUpdate: true };
    shell.state.emit!('settings.changed', {
      theme: 'system',
      language: 'system',
      reduceMotion: false,
      autoUpdate: true,
    });
    expect(shell.updater.setEnabled).toHaveBeenLastCalledWith(true);
    expect(shell.sendHostEvent).toHaveBeenCalledWith(shell.window, 'settings.changed', expect.anything());
  });

  it('tells the window when an update is ready, again when the user comes back, and restarts on request', async () => {
    await startShell();
    shell.state.onReady!('0.2.0');
    expect(shell.sendHostEvent).toHaveBeenLastCalledWith(shell.window, 'update.ready', { version: '0.2.0' });

    shell.sendHostEvent.mockClear();
    shell.updater.readyVersion.mockReturnValue('0.2.0');
    (shell.state.windowHandlers.get('focus') as () => void)();
    expect(shell.sendHostEvent).toHaveBeenCalledExactlyOnceWith(shell.window, 'update.ready', {
      version: '0.2.0',
    });

    shell.state.ports!.restartToUpdate!();
    expect(shell.updater.restartToUpdate).toHaveBeenCalledOnce();
  });

  it('quits after a few seconds even if the host never finishes closing', async () => {
    await startShell();
    vi.useFakeTimers();
    try {
      shell.host.close.mockReturnValueOnce(new Promise<undefined>(() => undefined));
      const willQuit = shell.state.appHandlers.get('will-quit') as (event: {
        preventDefault(): void;
      }) => void;
      willQuit({ preventDefault: vi.fn() });
      await vi.advanceTimersByTimeAsync(2_900);
      expect(shell.app.quit).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(200);
      expect(shell.app.quit).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops the updater on quit, and holds the quit until the host has closed', async () => {
    await startShell();
    (shell.state.appHandlers.get('before-quit') as () => void)();
    expect(shell.updater.stop).toHaveBeenCalled();

    let closeHost!: () => void;
    shell.host.close.mockReturnValueOnce(
      new Promise<undefined>((done) => (closeHost = () => done(undefined))),
    );
    const willQuit = shell.state.appHandlers.get('will-quit') as (event: { preventDefault(): void }) => void;
    const held = { preventDefault: vi.fn() };
    willQuit(held);
    willQuit(held); // Quit asked again while waiting: still one close.
    expect(held.preventDefault).toHaveBeenCalledTimes(2);
    expect(shell.host.close).toHaveBeenCalledOnce();
    await Promise.resolve();
    expect(shell.app.quit).not.toHaveBeenCalled();

    closeHost();
    await vi.waitFor(() => expect(shell.app.quit).toHaveBeenCalledOnce());
    // The second time round the quit goes through.
    const again = { preventDefault: vi.fn() };
    willQuit(again);
    expect(again.preventDefault).not.toHaveBeenCalled();
    expect(shell.host.close).toHaveBeenCalledOnce();
  });
});
