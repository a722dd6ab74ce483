import { writeFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../harness/fixtures';

test('a new user sees the empty deck and the way to sign in', async ({ launch }) => {
  const { page } = await launch();
  await expect(page.getByRole('heading', { name: 'Welcome to Pouet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign in to an instance' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Accounts and actions' })).toBeVisible();
});

test('a French system gets the French interface', async ({ launch }) => {
  const { page } = await launch({ locale: 'fr-FR' });
  await expect(page.getByRole('heading', { name: 'Bienvenue dans Pouet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Se connecter à une instance' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('choosing a language and theme in settings survives a restart', async ({ launch }) => {
  const app = await launch({ locale: 'en-US', colorScheme: 'dark' });
  const { page } = app;
  const darkBackground = await backgroundOf(page);

  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel('Theme').selectOption('light');
  await dialog.getByLabel('Language').selectOption('fr');
  await expect(page.getByRole('dialog', { name: 'Réglages' })).toBeVisible();
  await page.getByRole('button', { name: 'Fermer les réglages' }).click();
  await expect(page.getByRole('heading', { name: 'Bienvenue dans Pouet' })).toBeVisible();
  const lightBackground = await backgroundOf(page);
  expect(lightBackground).not.toBe(darkBackground);

  await app.restart();
  await expect(app.page.getByRole('heading', { name: 'Bienvenue dans Pouet' })).toBeVisible();
  expect(await backgroundOf(app.page)).toBe(lightBackground);
});

test('the host validates every input and answers with a readable error', async ({ launch }) => {
  const { page, platform } = await launch();
  await expect(page.getByRole('heading', { name: 'Welcome to Pouet' })).toBeVisible();

  const badTheme = await page.evaluate(() => window.pouet!.settings.update({ theme: 'purple' as 'dark' }));
  expect(badTheme).toEqual({
    ok: false,
    error: {
      code: 'invalid_input',
      message: expect.stringMatching(/^Invalid request to settings\.update: theme: /),
    },
  });

  const script = await page.evaluate(() => window.pouet!.shell.openExternal({ url: 'javascript:alert(1)' }));
  expect(script).toMatchObject({ ok: false, error: { code: 'unsafe_url' } });

  const web = await page.evaluate(() =>
    window.pouet!.shell.openExternal({ url: 'https://joinmastodon.org/' }),
  );
  expect(web).toEqual({ ok: true });
  expect(platform.openedUrls).toEqual(['https://joinmastodon.org/']);

  const info = await page.evaluate(() => window.pouet!.app.info());
  expect(info).toMatchObject({ ok: true, value: { name: 'Pouet', shell: 'browser' } });
});

test('an unreadable settings file is set aside and the user is told', async ({ launch }) => {
  const first = await launch();
  await first.restart(); // make sure the folder exists and is ours
  await writeFile(join(first.dataDir, 'settings.json'), '{ "theme": "dark", oops');
  await first.restart();
  const { page } = first;
  await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
  const kept = (await readdir(first.dataDir)).filter((name) => name.startsWith('settings.json.corrupt-'));
  expect(kept).toHaveLength(1);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toHaveCount(0);
});

function backgroundOf(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

test('the first-run screen offers a demo where the shell can restart into one', async ({ launch }) => {
  const plain = await launch();
  await expect(plain.page.getByRole('button', { name: 'Sign in to an instance' })).toBeVisible();
  await expect(plain.page.getByRole('button', { name: 'Explore a demo' })).toHaveCount(0);

  const desktop = await launch({ demo: 'available', locale: 'fr-FR' });
  await desktop.page.getByRole('button', { name: 'Explorer une démo' }).click();
  await expect.poll(() => desktop.platform.demoRequests).toBe(1);
});
