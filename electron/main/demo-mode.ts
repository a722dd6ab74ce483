/**
 * The desktop demo (`npm start -- --demo`, or "Explore a demo" on the first-run screen, which restarts the
 * app with that flag): a throwaway profile, demo servers inside this process, demo accounts signed in
 * through the real OAuth flow. Real accounts live in the normal profile and are never touched.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { app } from 'electron';
import type { Host } from '../host/host';
import type { HostPorts } from '../host/ports';

export const demoRequested = process.argv.includes('--demo');

/** Must run before `ready`: the demo gets its own empty profile. */
export function useDemoProfile(): void {
  app.setPath('userData', mkdtempSync(join(tmpdir(), 'pouet-demo-')));
}

export interface DemoRuntime {
  ports(base: HostPorts): HostPorts;
  /** Signs the demo accounts in and lays out the deck, before the window opens. */
  prepare(host: Host): Promise<void>;
  stop(): Promise<void>;
}

/** Starts the demo servers; their authorize pages are approved in-process instead of in the browser. */
export async function startDemoRuntime(): Promise<DemoRuntime> {
  const { startDesktopDemo } = await import('../../e2e/demo/desktop-demo');
  const demo = await startDesktopDemo();
  return {
    ports: (base) => ({
      ...base,
      app: { ...base.app, demo: 'active' },
      openExternal: async (url) => (demo.approves(url) ? undefined : base.openExternal(url)),
    }),
    prepare: (host) => demo.signIn(host),
    stop: () => demo.stop(),
  };
}

/** "Explore a demo": the same app, restarted with --demo. */
export function relaunchIntoDemo(): void {
  app.relaunch({ args: [...process.argv.slice(1), '--demo'] });
  app.exit(0);
}
