import { expect, test } from '../harness/fixtures';
import {
  actionButton,
  closeComposer,
  column,
  fromMenu,
  openColumns,
  post,
  relationshipOf,
  signInAlice,
  statusAs,
} from './status-steps';

test('favourite, boost and bookmark reach the server and change every column showing the post', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const instance = await startInstance({ empty: true });
  const app = await launch();
  const alice = await signInAlice(app, chromiumBrowser, instance);
  await openColumns(app, [
    { account: alice, type: 'local' },
    { account: alice, type: 'hashtag', params: { tags: ['Bread'], mode: 'any' } },
  ]);
  const status = await instance.admin.injectStatus({
    as: 'bob',
    text: 'Fresh sourdough today',
    tags: ['Bread'],
  });
  const { page } = app;
  const inLocal = post(column(page, 'Local'), 'Fresh sourdough');
  const inTag = post(column(page, '#Bread'), 'Fresh sourdough');
  await expect(inLocal).toBeVisible();
  await expect(inTag).toBeVisible();

  await actionButton(inLocal, 'Favourite').click();
  await expect(actionButton(inLocal, 'Favourite')).toHaveAttribute('aria-pressed', 'true');
  await expect(actionButton(inTag, 'Favourite')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await statusAs(instance, 'alice', status.id)).favourited).toBe(true);

  await actionButton(inTag, 'Boost').click();
  await expect(actionButton(inLocal, 'Boost')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await statusAs(instance, 'alice', status.id)).reblogged).toBe(true);

  await actionButton(inLocal, 'Bookmark').click();
  await expect(actionButton(inTag, 'Bookmark')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await statusAs(instance, 'alice', status.id)).bookmarked).toBe(true);

  // And back.
  await actionButton(inTag, 'Favourite').click();
  await expect(actionButton(inLocal, 'Favourite')).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(async () => (await statusAs(instance, 'alice', status.id)).favourited).toBe(false);
});

test('a failed favourite is undone with a clear message', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const instance = await startInstance({ empty: true });
  const app = await launch();
  const alice = await signInAlice(app, chromiumBrowser, instance);
  await openColumns(app, [{ account: alice, type: 'local' }]);
  const status = await instance.admin.injectStatus({ as: 'bob', text: 'Please do not like this' });
  const card = post(column(app.page, 'Local'), 'Please do not like this');
  await expect(card).toBeVisible();

  await instance.admin.slowNext({ count: 1, delayMs: 600, path: `/api/v1/statuses/${status.id}/favourite` });
  await instance.admin.failNext({ count: 1, status: 500, path: `/api/v1/statuses/${status.id}/favourite` });
  await actionButton(card, 'Favourite').click();
  // Shown at once, before the server answers…
  await expect(actionButton(card, 'Favourite')).toHaveAttribute('aria-pressed', 'true');
  // …then undone, with the reason.
  await expect(
    app.page.getByRole('alert').filter({ hasText: 'Could not favourite this post' }),
  ).toContainText('Your change was undone.');
  await expect(actionButton(card, 'Favourite')).toHaveAttribute('aria-pressed', 'false');
  expect((await statusAs(instance, 'alice', status.id)).favourited).toBe(false);
});

test('one’s own post: pin, mute the conversation, delete', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const instance = await startInstance({ empty: true });
  const app = await launch();
  const alice = await signInAlice(app, chromiumBrowser, instance);
  await openColumns(app, [{ account: alice, type: 'local' }]);
  const status = await instance.admin.injectStatus({ as: 'alice', text: 'My very own post' });
  const { page } = app;
  const card = post(column(page, 'Local'), 'My very own post');
  await expect(card).toBeVisible();

  await fromMenu(page, card, 'Pin on profile');
  await expect.poll(async () => (await statusAs(instance, 'alice', status.id)).pinned).toBe(true);
  await expect(card.getByText('Pinned')).toBeVisible();

  await fromMenu(page, card, 'Mute conversation');
  await expect.poll(async () => (await statusAs(instance, 'alice', status.id)).muted).toBe(true);

  await fromMenu(page, card, 'Delete');
  await page
    .getByRole('dialog', { name: 'Delete this post?' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(
    column(page, 'Local').getByRole('article').filter({ hasText: 'My very own post' }),
  ).toHaveCount(0);
  await expect.poll(async () => (await statusAs(instance, 'alice', status.id)).error).toBeTruthy();
});

test('reply, quote and edit open the composer; links open in the browser', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const instance = await startInstance({ empty: true });
  const app = await launch();
  const alice = await signInAlice(app, chromiumBrowser, instance);
  await openColumns(app, [{ account: alice, type: 'local' }]);
  const theirs = await instance.admin.injectStatus({ as: 'bob', text: 'Quote me if you dare' });
  await instance.admin.injectStatus({ as: 'alice', text: 'A typo in my post' });
  const { page } = app;
  const local = column(page, 'Local');
  const bobs = post(local, 'Quote me if you dare');
  await expect(bobs).toBeVisible();

  await fromMenu(page, bobs, 'Open in browser');
  await expect.poll(() => app.platform.openedUrls).toContain(theirs.url);
  await fromMenu(page, bobs, 'Copy link to post');
  await expect(page.getByText('Link copied')).toBeVisible();

  await actionButton(bobs, 'Reply').click();
  await expect(page.getByRole('dialog', { name: 'Reply to @bob' })).toBeVisible();
  await closeComposer(page);

  await actionButton(bobs, 'Quote').click();
  await expect(page.getByRole('dialog', { name: 'Quote post' })).toBeVisible();
  await closeComposer(page);

  await fromMenu(page, post(local, 'A typo in my post'), 'Edit');
  await expect(page.getByRole('dialog', { name: 'Edit post' })).toBeVisible();
});

test('follow, mute, block and report the author from a post', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const instance = await startInstance({ empty: true });
  const app = await launch();
  const alice = await signInAlice(app, chromiumBrowser, instance);
  await openColumns(app, [{ account: alice, type: 'local' }]);
  await instance.admin.injectStatus({ as: 'chloe', text: 'Chloe says hello' });
  const { page } = app;
  const card = post(column(page, 'Local'), 'Chloe says hello');
  await expect(card).toBeVisible();

  await fromMenu(page, card, 'Follow @chloe');
  await expect.poll(async () => (await relationshipOf(instance, 'alice', 'chloe')).following).toBe(true);
  await fromMenu(page, card, 'Unfollow @chloe');
  await expect.poll(async () => (await relationshipOf(instance, 'alice', 'chloe')).following).toBe(false);

  await fromMenu(page, card, 'Report @chloe');
  const report = page.getByRole('dialog', { name: 'Report @chloe' });
  await report.getByRole('radio', { name: /Something else/ }).check();
  await report.getByRole('textbox').fill('Testing the report form');
  await report.getByRole('button', { name: 'Send report' }).click();
  await expect(page.getByText('Report sent. Thank you.')).toBeVisible();
  const [sent] = await instance.admin.received({ path: '/api/v1/reports', method: 'POST' });
  expect(sent?.body).toMatchObject({ category: 'other', comment: 'Testing the report form' });

  await fromMenu(page, card, 'Mute @chloe');
  await page.getByRole('dialog', { name: 'Mute @chloe?' }).getByRole('button', { name: 'Mute' }).click();
  await expect.poll(async () => (await relationshipOf(instance, 'alice', 'chloe')).muting).toBe(true);

  await instance.admin.injectStatus({ as: 'dmitri', text: 'Dmitri posts too' });
  const other = post(column(page, 'Local'), 'Dmitri posts too');
  await fromMenu(page, other, 'Block @dmitri');
  await page.getByRole('dialog', { name: 'Block @dmitri?' }).getByRole('button', { name: 'Block' }).click();
  await expect.poll(async () => (await relationshipOf(instance, 'alice', 'dmitri')).blocking).toBe(true);
});

test('a poll is voted on, and shows its results', async ({ launch, startInstance, chromiumBrowser }) => {
  const instance = await startInstance({ empty: true });
  const app = await launch();
  const alice = await signInAlice(app, chromiumBrowser, instance);
  await openColumns(app, [{ account: alice, type: 'local' }]);
  const status = await instance.admin.injectStatus({
    as: 'bob',
    text: 'Tea or coffee?',
    poll: { options: ['Tea', 'Coffee', 'Both'], expiresIn: 86_400, multiple: true },
  });
  const card = post(column(app.page, 'Local'), 'Tea or coffee?');
  const poll = card.getByRole('group', { name: 'Poll' });
  await poll.getByRole('checkbox', { name: 'Tea' }).check();
  await poll.getByRole('checkbox', { name: 'Both' }).check();
  await poll.getByRole('button', { name: 'Vote' }).click();
  await expect(poll.getByRole('img', { name: 'Your vote' })).toHaveCount(2);
  await expect(poll.getByText('1 person')).toBeVisible();
  const seen = await statusAs(instance, 'alice', status.id);
  expect(seen.poll).toMatchObject({ voted: true, own_votes: [0, 2] });
});

test('delete & redraft removes the post everywhere and brings its text back in the composer', async ({
  launch,
  startInstance,
  chromiumBrowser,
}) => {
  const instance = await startInstance({ empty: true });
  const app = await launch();
  const alice = await signInAlice(app, chromiumBrowser, instance);
  await openColumns(app, [
    { account: alice, type: 'local' },
    { account: alice, type: 'home' },
  ]);
  const status = await instance.admin.injectStatus({ as: 'alice', text: 'Typo in this posst' });
  const { page } = app;
  const card = post(column(page, 'Local'), 'Typo in this posst');
  await expect(card).toBeVisible();
  await expect(post(column(page, 'Home'), 'Typo in this posst')).toBeVisible();

  await fromMenu(page, card, 'Delete & redraft');
  await page
    .getByRole('dialog', { name: 'Delete and redraft?' })
    .getByRole('button', { name: 'Delete and redraft' })
    .click();

  await expect(page.getByRole('combobox', { name: 'Post text' }).last()).toHaveValue(/Typo in this posst/);
  for (const name of ['Local', 'Home']) {
    await expect(
      column(page, name).getByRole('article').filter({ hasText: 'Typo in this posst' }),
    ).toHaveCount(0);
  }
  await expect.poll(async () => (await statusAs(instance, 'alice', status.id)).error).toBeTruthy();
});
