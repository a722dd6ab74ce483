import { expect, test } from '../harness/fixtures';
import { actionButton, column, fromMenu, openColumns, post, signInAlice } from './status-steps';

test('translation, edit history, content warnings and the media viewer', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const instance = await startInstance({ empty: true });
  const app = await launch();
  const alice = await signInAlice(app, chromiumBrowser, instance);
  await openColumns(app, [{ account: alice, type: 'local', id: 'local' }]);
  await instance.admin.injectStatus({ as: 'chloe', text: 'Bonjour tout le monde', language: 'fr' });
  const edited = await instance.admin.injectStatus({ as: 'bob', text: 'Frist post' });
  await instance.admin.injectStatus({ as: 'dmitri', text: 'Hidden details', spoilerText: 'Compiler rant' });
  await instance.admin.injectStatus({
    as: 'emeka',
    text: 'Two pictures',
    mediaCount: 2,
    mediaDescription: 'A ridge.',
  });
  const { page } = app;
  const local = column(page, 'Local');

  // Translation by the account's server, and back.
  const french = post(local, 'Bonjour tout le monde');
  await fromMenu(page, french, 'Translate');
  await expect(french.getByText(/^Translated from French by /)).toBeVisible();
  await french.getByRole('button', { name: 'Show original' }).click();
  await expect(french.getByText(/^Translated from/)).toHaveCount(0);

  // An edit arrives live; its history lists both versions.
  await instance.admin.editStatus(edited.id, 'First post');
  const card = post(local, 'First post');
  await card.getByRole('button', { name: 'Edited' }).click();
  const history = page.getByRole('dialog', { name: 'Edit history' });
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').first()).toContainText('First post');
  await expect(history.getByRole('listitem').last()).toContainText('Frist post');
  await history.getByRole('button', { name: 'Close' }).click();

  // Content warnings: one at a time, or all of the column at once.
  const warned = post(local, 'Compiler rant');
  await expect(warned.getByText('Hidden details')).toHaveCount(0);
  await actionButton(warned, 'More').click();
  await page.getByRole('menuitemcheckbox', { name: 'Expand all content warnings in this column' }).click();
  await expect(warned.getByText('Hidden details')).toBeVisible();
  await warned.getByRole('button', { name: 'Show less' }).click();
  await expect(warned.getByText('Hidden details')).toHaveCount(0);

  // The viewer: arrows move through the gallery, the description is shown, Escape closes.
  await post(local, 'Two pictures')
    .getByRole('button', { name: /^View:/ })
    .first()
    .click();
  const viewer = page.getByRole('dialog', { name: 'Media viewer' });
  await expect(viewer.getByText('1 of 2')).toBeVisible();
  await expect(viewer.getByText('A ridge.')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(viewer.getByText('2 of 2')).toBeVisible();
  await page.keyboard.press('+');
  await expect(viewer.getByText('150%')).toBeVisible();
  await viewer.getByRole('button', { name: 'Open original' }).click();
  await expect.poll(() => app.platform.openedUrls.at(-1)).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
  await page.keyboard.press('Escape');
  await expect(viewer).toHaveCount(0);
});

test('boosting can ask first', async ({ launch, startInstance, chromiumBrowser }) => {
  const instance = await startInstance({ empty: true });
  const app = await launch();
  const alice = await signInAlice(app, chromiumBrowser, instance);
  await openColumns(app, [{ account: alice, type: 'local' }]);
  await instance.admin.injectStatus({ as: 'bob', text: 'Boost me carefully' });
  const { page } = app;
  const card = post(column(page, 'Local'), 'Boost me carefully');
  await actionButton(card, 'More').click();
  await page.getByRole('menuitemcheckbox', { name: 'Ask before boosting' }).click();
  await actionButton(card, 'Boost').click();
  const ask = page.getByRole('dialog', { name: 'Boost this post?' });
  await ask.getByRole('button', { name: 'Boost' }).click();
  await expect(actionButton(card, 'Boost')).toHaveAttribute('aria-pressed', 'true');
});
