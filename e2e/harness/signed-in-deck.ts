import type { Browser } from '@playwright/test';
import type { DeckLayout } from '../../electron/ipc/types/deck';
import { launchApp, type LaunchOptions, type PouetApp } from './app-harness';
import { openDeck, signInWithHost } from './sign-in';

export interface DeckAccount {
  /** The instance's URL, e.g. a fake instance's `url`. */
  instanceUrl: string;
  username: string;
}

export interface SignedInDeckOptions extends Omit<LaunchOptions, 'browser'> {
  browser: Browser;
  /** Signed in in this order, through the real OAuth flow (see `signInWithHost`). */
  accounts: DeckAccount[];
  /** The deck to open, given the account ids in the order of `accounts`. */
  layout(accountIds: string[]): DeckLayout;
}

export interface SignedInDeck {
  app: PouetApp;
  /** Account ids, in the order of `options.accounts`. */
  accountIds: string[];
}

/**
 * Pouet with accounts signed in and a deck laid out, as after a relaunch: for the demo, the benchmarks and
 * specs about what a populated deck does. The app is closed again if any step fails.
 */
export async function launchSignedInDeck(options: SignedInDeckOptions): Promise<SignedInDeck> {
  const { accounts, layout, ...launch } = options;
  const app = await launchApp(launch);
  try {
    const accountIds: string[] = [];
    for (const account of accounts) {
      accountIds.push(await signInWithHost(app, options.browser, account.instanceUrl, account.username));
    }
    await openDeck(app, layout(accountIds));
    return { app, accountIds };
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
}
