import type { Browser, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { DeckLayout } from '../../electron/ipc/types/deck';
import type { PouetApp } from './app-harness';

export interface SignInOptions {
  /** What the user types in the Instance field, e.g. `127.0.0.1:4000`. */
  instance: string;
  username: string;
  password?: string;
  /** The instance's title, as shown on the preview card. */
  title?: string;
}

/**
 * Signs an account in the way a user does: the sign-in dialog in the app, the authorize page in the
 * "system browser" (a separate browser context, as the real one shares nothing with the app), and back.
 */
export async function signInThroughUi(
  app: PouetApp,
  browser: Browser,
  options: SignInOptions,
): Promise<void> {
  const { page } = app;
  const opened = app.platform.openedUrls.length;
  await openSignInDialog(page);
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Instance', { exact: true }).fill(options.instance);
  await dialog.getByLabel('Instance', { exact: true }).blur();
  await expect(dialog.getByRole('article')).toBeVisible();
  await dialog.getByRole('button', { name: /^Continue with / }).click();

  const authorizeUrl = await app.platform.nextOpenedUrl(opened);
  await authorizeInBrowser(browser, authorizeUrl, options);
  await expect(page.getByRole('dialog')).toHaveCount(0, { timeout: 15_000 });
}

async function openSignInDialog(page: Page): Promise<void> {
  const firstRun = page.getByRole('button', { name: 'Sign in to an instance' });
  if (await firstRun.isVisible()) await firstRun.click();
  else await page.getByRole('button', { name: 'Add an account' }).click();
}

/** Fills the instance's own login and consent form, as the user does in their browser. */
export async function authorizeInBrowser(
  browser: Browser,
  authorizeUrl: string,
  options: Pick<SignInOptions, 'username' | 'password'>,
  decision: 'Authorize' | 'Deny' = 'Authorize',
): Promise<string> {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    await tab.goto(authorizeUrl);
    const username = tab.getByLabel('Username');
    if (await username.isVisible()) {
      await username.fill(options.username);
      await tab.getByLabel('Password').fill(options.password ?? 'password');
    }
    await tab.getByRole('button', { name: decision }).click();
    await tab.waitForLoadState();
    return (await tab.textContent('body')) ?? '';
  } finally {
    await context.close();
  }
}

/**
 * The same real OAuth flow without the dialog, for tests about something else: the host registers the app
 * and opens the authorize page, the "browser" approves it, the host exchanges the code. Returns the
 * account id.
 */
export async function signInWithHost(
  app: PouetApp,
  browser: Browser,
  instanceUrl: string,
  username: string,
): Promise<string> {
  const { handlers } = app.host;
  const started = await handlers['signIn.start']({ instance: instanceUrl });
  const finished = Promise.resolve(handlers['signIn.finish']({ flowId: started.flowId }));
  await authorizeInBrowser(browser, started.authorizeUrl, { username });
  return (await finished).id;
}

/** Replaces the deck with `layout` and restarts the app so it opens on it, as after a relaunch. */
export async function openDeck(app: PouetApp, layout: DeckLayout): Promise<void> {
  // A first sign-in gives the open window starter columns, saved a moment later: let that land first.
  await app.page.waitForTimeout(600);
  await app.host.handlers['deck.save'](layout);
  await app.restart();
}
