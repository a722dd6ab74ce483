import type { PouetBridge } from './contract';

/** Types `window.pouet` for code that runs in the page: the renderer and e2e `page.evaluate` callbacks. */
declare global {
  interface Window {
    /** Present when the page runs inside Pouet's shell (Electron preload, or the test/demo harness). */
    pouet?: PouetBridge;
  }
}
