import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, test } from '../harness/fixtures';
import { authorizeInBrowser, signInThroughUi } from '../harness/sign-in';

const accountButton = (page: Page, acct: string) => page.getByRole('button', { name: `Account @${acct}` });

test('two accounts on two instances (PKCE and an older server) stay signed in across a restart', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const modern = await startInstance({ title: 'Alpha Social' });
  const legacy = await startInstance({ title: 'Beta Town', legacy: true });
  const app = await launch();

  await signInThroughUi(app, chromiumBrowser, { instance: modern.domain, username: 'alice' });
  await expect(accountButton(app.page, `alice@${modern.domain}`)).toBeVisible();
  await signInThroughUi(app, chromiumBrowser, { instance: legacy.domain, username: 'bob' });
  await expect(accountButton(app.page, `bob@${legacy.domain}`)).toBeVisible();

  const [first, second] = app.platform.openedUrls.map((url) => new URL(url).searchParams);
  expect(first!.get('code_challenge_method')).toBe('S256');
  expect(first!.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(second!.get('code_challenge')).toBeNull();
  expect(second!.get('state')).toMatch(/.{16,}/);

  await app.restart();
  await expect(accountButton(app.page, `alice@${modern.domain}`)).toBeVisible();
  await expect(accountButton(app.page, `bob@${legacy.domain}`)).toBeVisible();
});

test('no token can be read from the renderer’s storage or from the files on disk', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const instance = await startInstance();
  const app = await launch();
  await signInThroughUi(app, chromiumBrowser, { instance: instance.domain, username: 'alice' });
  const [account] = await app.host.handlers['accounts.list'](undefined);
  const { accessToken } = await app.host.handlers['accounts.token']({ accountId: account!.id });
  expect(accessToken.length).toBeGreaterThan(20);

  const stored = await app.page.evaluate(async () => {
    const dump = (s: Storage) => JSON.stringify(Object.entries(s));
    const databases = await indexedDB.databases();
    return { local: dump(localStorage), session: dump(sessionStorage), cookies: document.cookie, databases };
  });
  expect(JSON.stringify(stored)).not.toContain(accessToken);
  expect(stored.databases).toEqual([]);
  const cookies = await app.page.context().cookies();
  expect(JSON.stringify(cookies)).not.toContain(accessToken);

  for (const file of ['vault.json', 'accounts.json', 'settings.json', 'deck.json']) {
    const text = await readFile(join(app.dataDir, file), 'utf8').catch(() => '');
    expect(text, file).not.toContain(accessToken);
  }
});

test('signing out revokes the token on the server and forgets the account', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const instance = await startInstance();
  const app = await launch();
  await signInThroughUi(app, chromiumBrowser, { instance: instance.domain, username: 'alice' });
  const [account] = await app.host.handlers['accounts.list'](undefined);
  const { accessToken } = await app.host.handlers['accounts.token']({ accountId: account!.id });

  await accountButton(app.page, `alice@${instance.domain}`).click();
  await app.page.getByRole('menuitem', { name: 'Sign out' }).click();
  await app.page.getByRole('dialog').getByRole('button', { name: 'Sign out' }).click();

  await expect(accountButton(app.page, `alice@${instance.domain}`)).toHaveCount(0);
  await expect(app.page.getByRole('heading', { name: 'Welcome to Pouet' })).toBeVisible();
  expect((await instance.admin.revokedTokens()).map((t) => t.token)).toContain(accessToken);
  await app.restart();
  await expect(app.page.getByRole('heading', { name: 'Welcome to Pouet' })).toBeVisible();
});

test('a second account on the same instance is asked to log in again', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const instance = await startInstance();
  const app = await launch();
  await signInThroughUi(app, chromiumBrowser, { instance: instance.domain, username: 'alice' });
  await signInThroughUi(app, chromiumBrowser, { instance: instance.domain, username: 'bob' });
  expect(new URL(app.platform.openedUrls[1]!).searchParams.get('force_login')).toBe('true');
  await expect(accountButton(app.page, `alice@${instance.domain}`)).toBeVisible();
  await expect(accountButton(app.page, `bob@${instance.domain}`)).toBeVisible();
});

test('when the browser cannot come back, the code from the page signs in', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const instance = await startInstance();
  const app = await launch();
  const { page } = app;
  await page.getByRole('button', { name: 'Sign in to an instance' }).click();
  await page.getByLabel('Instance', { exact: true }).fill(instance.domain);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.getByRole('button', { name: 'Continue with Fake Mastodon' }).click();
  await expect(page.getByText('The browser did not come back?')).toBeVisible();
  await page.getByRole('button', { name: 'Use a code instead' }).click();
  await expect(page.getByLabel('Authorisation code')).toBeVisible();

  const oobUrl = app.platform.openedUrls.at(-1)!;
  expect(new URL(oobUrl).searchParams.get('redirect_uri')).toBe('urn:ietf:wg:oauth:2.0:oob');
  const context = await chromiumBrowser.newContext();
  const tab = await context.newPage();
  await tab.goto(oobUrl);
  await tab.getByLabel('Username').fill('alice');
  await tab.getByLabel('Password').fill('password');
  await tab.getByRole('button', { name: 'Authorize' }).click();
  const code = await tab.getByLabel('Authorization code').inputValue();
  await context.close();

  await page.getByLabel('Authorisation code').fill(code);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(accountButton(page, `alice@${instance.domain}`)).toBeVisible();
});

test('denying in the browser says so and stores nothing', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const instance = await startInstance();
  const app = await launch();
  const { page } = app;
  await page.getByRole('button', { name: 'Sign in to an instance' }).click();
  await page.getByLabel('Instance', { exact: true }).fill(instance.domain);
  await page.getByLabel('Instance', { exact: true }).blur();
  await page.getByRole('button', { name: /^Continue with / }).click();
  await authorizeInBrowser(
    chromiumBrowser,
    await app.platform.nextOpenedUrl(0),
    { username: 'alice' },
    'Deny',
  );
  await expect(page.getByRole('alert')).toContainText('You chose not to authorise Pouet');
  expect(await app.host.handlers['accounts.list'](undefined)).toEqual([]);
});

test('each kind of bad instance gets its own clear message', async ({ launch, startInstance, renderer }) => {
  const instance = await startInstance();
  const closedPort = await unusedPort();
  const app = await launch();
  const { page } = app;
  await page.getByRole('button', { name: 'Sign in to an instance' }).click();
  const field = page.getByLabel('Instance', { exact: true });
  const alert = page.getByRole('dialog').getByRole('alert');

  const cases: [string, RegExp][] = [
    ['hello', /not a server address/],
    ['me@gmail.com', /looks like an e-mail address/],
    ['ftp://example.org', /Only https:\/\//],
    ['no-such-host.invalid', /No server called no-such-host\.invalid was found/],
    [`127.0.0.1:${closedPort}`, /did not answer/],
    [`https://${instance.domain}`, /security certificate .* is not valid/],
    [renderer.origin, /is not a Mastodon-compatible server/],
  ];
  for (const [input, message] of cases) {
    await field.fill(input);
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await expect(alert, input).toHaveText(message);
  }

  await instance.admin.failNext({ count: 3, status: 500, path: '/api/v1/apps' });
  await field.fill(instance.domain);
  await field.blur();
  await page.getByRole('button', { name: /^Continue with / }).click();
  await expect(alert).toHaveText(/refused to register Pouet/);
  expect(await app.host.handlers['accounts.list'](undefined)).toEqual([]);
  expect(app.platform.openedUrls).toEqual([]);
});

function unusedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
