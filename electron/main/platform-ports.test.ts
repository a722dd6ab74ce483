import { afterEach, describe, expect, it, vi } from 'vitest';

/** Electron's Notification, app and nativeImage, reduced to what the desktop-alert ports touch. */
const electron = vi.hoisted(() => {
  class FakeNotification {
    static created: FakeNotification[] = [];
    static isSupported = () => true;
    readonly handlers = new Map<string, () => void>();
    shown = false;
    constructor(readonly options: { title: string; body: string }) {
      FakeNotification.created.push(this);
    }
    on(event: string, handler: () => void) {
      this.handlers.set(event, handler);
    }
    show() {
      this.shown = true;
    }
  }
  return {
    FakeNotification,
    setBadgeCount: vi.fn<(count: number) => boolean>(() => true),
    createFromBitmap: vi.fn((_pixels: Buffer, size: { width: number; height: number }) => ({ size })),
  };
});

vi.mock('electron', () => ({
  Notification: electron.FakeNotification,
  app: {
    getPath: () => '/tmp/pouet-test',
    getName: () => 'Pouet',
    getVersion: () => '0.1.0',
    setBadgeCount: electron.setBadgeCount,
  },
  nativeImage: { createFromBitmap: electron.createFromBitmap },
  safeStorage: {},
  shell: { openExternal: vi.fn() },
}));

const { electronPorts } = await import('./platform-ports');

afterEach(() => {
  electron.FakeNotification.created = [];
  vi.clearAllMocks();
});

describe('desktop alert ports', () => {
  it('shows an alert and hands its tag back when it is clicked', () => {
    const clicked = vi.fn();
    electronPorts(clicked, () => undefined).notify({
      title: 'Bob mentioned you',
      body: 'hi',
      tag: 'pouet-alert:x',
    });
    const [alert] = electron.FakeNotification.created;
    expect(alert).toMatchObject({ shown: true, options: { title: 'Bob mentioned you', body: 'hi' } });
    alert!.handlers.get('click')!();
    expect(clicked).toHaveBeenCalledWith('pouet-alert:x');
  });

  it('badges the dock or launcher, and the taskbar button on Windows', () => {
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    try {
      Object.defineProperty(process, 'platform', { value: 'darwin' });
      electronPorts(vi.fn(), vi.fn()).setBadge!(4);
      expect(electron.setBadgeCount).toHaveBeenCalledWith(4);

      Object.defineProperty(process, 'platform', { value: 'win32' });
      const window = { setOverlayIcon: vi.fn() };
      const ports = electronPorts(vi.fn(), vi.fn(), () => window as never);
      ports.setBadge!(2);
      expect(window.setOverlayIcon).toHaveBeenCalledWith(
        expect.objectContaining({ size: { width: 16, height: 16 } }),
        '2 unread',
      );
      ports.setBadge!(0);
      expect(window.setOverlayIcon).toHaveBeenLastCalledWith(null, '');
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
  });
});
