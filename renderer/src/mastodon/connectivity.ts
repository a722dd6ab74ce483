/** Changes in the machine's connection that should make streams reconnect (and then backfill). */
export interface ConnectivityEvents {
  online(): void;
  offline(): void;
  /** The machine probably slept: sockets may be dead without having noticed. */
  resume(): void;
  /** The window became visible again (skip any pending reconnect wait). */
  visible(): void;
}

export type WatchConnectivity = (events: ConnectivityEvents) => () => void;

const tickMs = 5_000;
/** A timer that fires this much later than asked means the process was frozen (suspend). */
const sleepGapMs = 20_000;

/**
 * Browser signals for connectivity. Suspend has no renderer event, so a ticking timer watches the wall clock;
 * Chromium throttles timers in hidden windows, so a jump seen while hidden is only acted on when the window
 * is shown again.
 */
export const watchConnectivity: WatchConnectivity = (events) => {
  let last = Date.now();
  let resumePending = false;
  const visible = () => document.visibilityState === 'visible';
  const onVisibility = () => {
    if (!visible()) return;
    if (resumePending) {
      resumePending = false;
      events.resume();
    } else {
      events.visible();
    }
  };
  const onOnline = () => events.online();
  const onOffline = () => events.offline();
  const timer = setInterval(() => {
    const now = Date.now();
    if (now - last > tickMs + sleepGapMs) {
      if (visible()) events.resume();
      else resumePending = true;
    }
    last = now;
  }, tickMs);
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', onOffline);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    clearInterval(timer);
    window.removeEventListener('online', onOnline);
    window.removeEventListener('offline', onOffline);
    document.removeEventListener('visibilitychange', onVisibility);
  };
};

export const browserIsOnline = (): boolean => (typeof navigator === 'undefined' ? true : navigator.onLine);
