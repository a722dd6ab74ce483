/**
 * `npm start -- --demo` and "Explore a demo" in the desktop app: the demo servers run inside the app's
 * main process, the demo accounts sign in through the real OAuth flow (approved over HTTP, since no browser
 * is driven here), and the starter deck is laid out. Loaded on demand, so normal runs never load it.
 */
import type { Host } from '../../electron/host/host';
import { authorizeOverHttp } from './authorize-over-http';
import { demoDeck } from './demo-deck';
import { startDemoInstances } from './demo-instances';

export interface DesktopDemo {
  /** Handles the authorize pages of the demo servers instead of the system browser. */
  approves(url: string): boolean;
  stop(): Promise<void>;
}

export async function startDesktopDemo(): Promise<DesktopDemo & { signIn(host: Host): Promise<void> }> {
  const [main, second] = await startDemoInstances(4000);
  const origins = [main.url, second.url];
  const users = new Map([
    [main.url, 'alice'],
    [second.url, 'bob'],
  ]);
  return {
    approves: (url) => origins.some((origin) => url.startsWith(`${origin}/`)),
    async signIn(host) {
      const ids: string[] = [];
      for (const instance of [main, second]) {
        const started = await host.handlers['signIn.start']({ instance: instance.url });
        const finished = Promise.resolve(host.handlers['signIn.finish']({ flowId: started.flowId }));
        await authorizeOverHttp(started.authorizeUrl, users.get(instance.url)!);
        ids.push((await finished).id);
      }
      await host.handlers['deck.save'](demoDeck(ids[0]!, ids[1]!));
    },
    stop: async () => {
      await Promise.all([main.close(), second.close()]);
    },
  };
}
