import { encodePng } from '../fake-instance/media/png';
import { drawPhoto } from '../fake-instance/media/pictures';
import type { PouetApp } from '../harness/app-harness';
import { expect, test } from '../harness/fixtures';
import { composer, postText, referenceTo, seedDraft, signInAndOpenComposer } from './compose-steps';

/** Waits until the host has written a draft holding `text` (the composer saves as the user types). */
async function savedOnDisk(app: PouetApp, text: string) {
  await expect
    .poll(async () => (await app.host.handlers['drafts.list'](undefined)).some((d) => d.text === text))
    .toBe(true);
}

test('closing and reopening the app mid-draft brings everything back', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const instance = await startInstance();
  const app = await launch();
  const { page } = app;
  const dock = await signInAndOpenComposer(app, chromiumBrowser, instance);

  const chooser = page.waitForEvent('filechooser');
  await dock.getByRole('button', { name: 'Add images, a video or audio' }).click();
  await (
    await chooser
  ).setFiles({ name: 'bread.png', mimeType: 'image/png', buffer: encodePng(drawPhoto(3, 320, 200)) });
  await expect(
    dock.getByRole('button', { name: 'Describe bread.png for people who cannot see it' }),
  ).toBeVisible();
  await dock.getByRole('button', { name: 'Content warning' }).click();
  await dock.getByRole('textbox', { name: 'Content warning' }).fill('Food');
  await dock.getByRole('button', { name: /^Who can see this post/ }).click();
  await page.getByRole('menuitemcheckbox', { name: /^Followers/ }).click();
  const text = 'Half-written thoughts about sourdough starters and why mine keeps dying in winter';
  await postText(dock).fill(text);
  await savedOnDisk(app, text);

  await app.restart();
  const restored = composer(app.page);
  await expect(postText(restored)).toHaveValue(text);
  await expect(restored.getByRole('textbox', { name: 'Content warning' })).toHaveValue('Food');
  await expect(restored.getByRole('button', { name: 'Who can see this post: Followers' })).toBeVisible();
  await expect(
    restored.getByRole('button', { name: 'Describe bread.png for people who cannot see it' }),
  ).toBeVisible();

  await postText(restored).press('Control+Enter');
  await expect(app.page.getByRole('status').filter({ hasText: 'Posted' })).toBeVisible();
  expect(await instance.admin.lastStatusBody()).toMatchObject({
    spoiler_text: 'Food',
    visibility: 'private',
  });
  expect((await instance.admin.lastStatusBody())?.['media_ids']).toHaveLength(1);
});

test('a reply being written comes back in its pop-out after a restart', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const instance = await startInstance();
  const app = await launch();
  await signInAndOpenComposer(app, chromiumBrowser, instance);
  const original = await instance.admin.injectStatus({ as: 'bob', text: 'Lunch at noon?' });
  await seedDraft(app, { text: '@bob ', replyTo: await referenceTo(app, original), placement: 'popout' });

  await app.restart();
  const reply = app.page.getByRole('dialog', { name: 'Reply to @bob' });
  await expect(postText(reply)).toHaveValue('@bob ');
  await postText(reply).press('End');
  await postText(reply).pressSequentially('Yes, see you there');
  await savedOnDisk(app, '@bob Yes, see you there');

  await app.restart();
  await expect(postText(app.page.getByRole('dialog', { name: 'Reply to @bob' }))).toHaveValue(
    '@bob Yes, see you there',
  );
});

test('Esc asks before throwing words away; kept drafts can be resumed or deleted', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const instance = await startInstance();
  const app = await launch();
  const { page } = app;
  const dock = await signInAndOpenComposer(app, chromiumBrowser, instance);

  // The dock only hides: nothing is lost, so nothing is asked.
  await postText(dock).fill('Draft in the dock');
  await postText(dock).press('Escape');
  await expect(dock).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'New post' })).toBeFocused();
  await page.keyboard.press('n');
  await expect(postText(composer(page))).toHaveValue('Draft in the dock');
  await expect(postText(composer(page))).toBeFocused();

  // An untouched reply just closes; one with words asks.
  const original = await instance.admin.injectStatus({ as: 'bob', text: 'Movie tonight?' });
  await seedDraft(app, { text: '@bob Which one?', replyTo: await referenceTo(app, original) });
  await composer(page).getByRole('button', { name: 'Drafts' }).click();
  await page.getByRole('dialog', { name: 'Drafts' }).getByRole('button', { name: 'Continue' }).click();
  const reply = page.getByRole('dialog', { name: 'Reply to @bob' });
  await expect(postText(reply)).toBeFocused();
  await postText(reply).press('Escape');
  const ask = page.getByRole('dialog', { name: 'Keep this post?' });
  await ask.getByRole('button', { name: 'Keep writing' }).click();
  await expect(postText(reply)).toHaveValue('@bob Which one?');
  await postText(reply).press('Escape');
  await ask.getByRole('button', { name: 'Keep as draft' }).click();
  await expect(reply).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'kept in Drafts' })).toBeVisible();

  await composer(page).getByRole('button', { name: 'Drafts' }).click();
  const drafts = page.getByRole('dialog', { name: 'Drafts' });
  const item = drafts.getByRole('listitem').filter({ hasText: 'Which one?' });
  await expect(item).toContainText('reply to @bob');
  await item.getByRole('button', { name: 'Delete' }).click();
  await expect(drafts.getByText('No saved drafts.')).toBeVisible();
  expect((await app.host.handlers['drafts.list'](undefined)).map((d) => d.text)).toEqual([
    'Draft in the dock',
  ]);
});
